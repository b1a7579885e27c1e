"""The application shell: starting the app, the main window that hosts the pages, its menus
and actions, and the list of features installed into it."""
