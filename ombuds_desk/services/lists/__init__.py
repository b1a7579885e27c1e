"""Lists in and out: reading CSV and XLSX files, importing persons and items, exporting,
finding duplicate cases and merging them."""
