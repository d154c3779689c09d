"""Scanning: QR decoding (zxing-cpp), frame sources, keyboard-wedge timing, payload resolution."""

import os

#: The largest picture decoded (80 megapixels; phone photos are 12-50). OpenCV reads its own limit
#: once, when it is loaded, so it is set here, before any module of this package imports cv2.
MAX_IMAGE_PIXELS = 80_000_000
os.environ.setdefault("OPENCV_IO_MAX_IMAGE_PIXELS", str(MAX_IMAGE_PIXELS))
