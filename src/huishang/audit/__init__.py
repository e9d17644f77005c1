"""The tamper-evident audit log: security events and every data change, chained by hash."""
