"""placeholder"""
import click
@click.command("serve")
def command():
    """Example: healthbreach serve"""
