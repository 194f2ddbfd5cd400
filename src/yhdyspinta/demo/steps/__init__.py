"""Demo data steps. Each module `sNN_<name>.py` here defines `load(ctx: DemoContext) -> None`;
`load_demo` runs them in name order inside one transaction. Every step is idempotent: it looks
records up by natural keys and updates them, so a second run duplicates nothing."""
