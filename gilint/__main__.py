from gilint.cli import main

main()
