"""Rich renderables: charts, the module view, records and the agenda."""
