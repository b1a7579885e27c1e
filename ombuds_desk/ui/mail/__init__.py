"""Letters and parcels: the case view's Mail tab, items, parcels, shipments, handover,
acknowledgements, campaigns and the no-news list."""
