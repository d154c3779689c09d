"""Scanning: QR decoding (zxing-cpp), frame sources, keyboard-wedge timing, payload resolution."""
