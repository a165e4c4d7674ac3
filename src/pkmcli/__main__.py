from pkmcli.cli.app import main

main()
