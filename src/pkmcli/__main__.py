from pkmcli.cli.main import main

main()
