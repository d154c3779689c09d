"""Reports: attendance export, PDF report, statistics, tickets for rosters without codes, purge."""
