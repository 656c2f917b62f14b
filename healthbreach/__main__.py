from healthbreach.cli import main

main()
