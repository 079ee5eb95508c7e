"""PDF documents made with reportlab: badges, receipts, vouchers and reports. No Qt here."""
