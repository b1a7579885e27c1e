"""Printing: the Print menu, batch printing in the background and the PDF preview."""
