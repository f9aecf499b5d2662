"""The demonstration, kept out of the product: the sample office (``sample``, ``sample_data``,
``sample_bulk``, ``sample_library``) and the tour (``tour``, ``steps``). Only the command line
reaches it (``sample-data``, ``tour``), and the tests and benchmarks; an import contract
(pyproject.toml) keeps the application's layers from importing it."""
