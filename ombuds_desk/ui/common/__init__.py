"""What every feature's windows share: the host protocol, the operation helper, error
messages, background jobs, table-model bases and form parts."""
