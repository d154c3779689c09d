"""The Qt layer: the only package that imports PySide6. It presents the core and runs its workers."""
