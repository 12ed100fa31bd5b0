"""The plan database: tables, engine, migrations and the seeded plan (no Qt)."""
