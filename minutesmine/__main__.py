from minutesmine.cli import main

main()
