"""The Rapports page: every report kind by job, its parameters, a PDF preview, print and exports."""
