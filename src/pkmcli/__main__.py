from pkmcli.cli import main

main()
