"""Letters and parcels: logging and screening items, parcels, shipments and their chain of
custody, deliveries, acknowledgements, campaigns and the news clock."""
