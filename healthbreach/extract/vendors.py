"""A vendor or a victim: an editor whose own breach is the story when no client is named hit, a provider that is the
path of the breach where health establishments are the victims."""

from __future__ import annotations

from healthbreach.extract.organisation import Organisation


# The vendor rules that describe a company (an editor, a provider), not a product
_COMPANY_VENDOR = {"vendor:vendor_noun", "vendor:vendor_apposition", "vendor:vendor_opening", "vendor:vendor_soit", "vendor:mandated_by"}


# The victim rules whose subject tells of, or underwent, its own breach ("X a reconnu une fuite", "X a subi une intrusion")
_OWN_BREACH = {"victim:" + r for r in ("announced_breach", "confirms_it", "suffered", "victim_of", "passive", "own_systems_hit",
                                        "dep:victim.subject_of_victime", "dep:victim.passive_subject", "dep:victim.suffered_attack")}


def _editor_or_clients(victims: list[Organisation], vendors: list[Organisation]) -> tuple[list[Organisation], list[Organisation]]:
    """The victims and vendors once the one kind settles the other: with no victim chosen, an editor telling its own
    breach; beside health establishments hit, a provider among the victims is the path of the breach."""
    if not victims:
        # "L'éditeur X a reconnu une fuite de données" and no client named as hit: the editor's own breach, told with the
        # editor as its subject (not "les données ont été dérobées chez l'éditeur X": the path to its clients' data), of a
        # company the text calls one (not a product: "le logiciel X a été touché" names no victim)
        victims = sorted((o for o in vendors if o.kind != "group" and o.victim and o.primary and o.victim_fact is not None
                          and o.vendor_fact is not None and o.vendor_fact.rule in _COMPANY_VENDOR and o.victim_fact.rule in _OWN_BREACH),
                         key=lambda o: o.victim_fact.start)
        vendors = [o for o in vendors if o not in victims]
    # "Rançongiciel chez l'hébergeur X : trois établissements privés de leur dossier de soins": where health
    # establishments are the victims, the provider the text calls one is the path of the breach
    if any(o.kind == "health" and not o.vendor for o in victims):
        moved = [o for o in victims if o.vendor and o.kind != "health"]
        victims = [o for o in victims if o not in moved]
        vendors += moved  # each has vendor evidence, hence its vendor_fact
    return victims, vendors
