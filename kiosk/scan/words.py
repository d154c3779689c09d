"""What scanning says to a person, in English and French (kiosk/wording.py): cameras that are
missing or busy, video files and photos that cannot be read or are far too large."""

from __future__ import annotations

from kiosk.wording import Catalogue

WORDS = Catalogue("scan", {
    # -- photos and videos given to `kiosk decode` (kiosk/scan/decoder.py) -----------------------------
    "no_file": ("{path}: no such file. Check the path and try again.",
                "{path} : ce fichier n’existe pas. Vérifiez le chemin et réessayez."),
    "not_a_file": ("{path} {problem}. Give {what} file.", "{path} {problem}. Donnez {what}."),
    "an_image": ("an image (PNG, JPEG, WebP)", "une image (PNG, JPEG, WebP)"),
    "a_video": ("a video", "une vidéo"),
    "too_big": ("{path} is {megabytes} MB, more than any photo of a ticket ({most:n} MB at most). Take a screenshot of "
                "the ticket, or a smaller photo.",
                "{path} fait {megabytes} Mo, plus que n’importe quelle photo de billet ({most:n} Mo au plus). Faites une "
                "capture d’écran du billet, ou une photo plus petite."),
    "too_many_pixels": ("{path} is {width:n} x {height:n} pixels ({megapixels} megapixels), more than the {most:n} a "
                        "photo of a ticket needs. Take a screenshot of the ticket, or a photo at a lower resolution.",
                        "{path} fait {width:n} x {height:n} pixels ({megapixels} mégapixels), plus que les {most:n} "
                        "dont une photo de billet a besoin. Faites une capture d’écran du billet, ou une photo en "
                        "plus basse résolution."),
    "far_too_many_pixels": ("{path} has far more pixels than a photo of a ticket needs (more than {most:n} megapixels). "
                            "Take a screenshot of the ticket, or a photo at a lower resolution.",
                            "{path} a bien plus de pixels qu’une photo de billet n’en demande (plus de {most:n} "
                            "mégapixels). Faites une capture d’écran du billet, ou une photo en plus basse "
                            "résolution."),
    "not_an_image": ("{path}: cannot read this file as an image (damaged, or not a PNG, JPEG, WebP, BMP or TIFF "
                     "picture). Take a new photo or export it again as PNG or JPEG.",
                     "{path} : ce fichier ne se lit pas comme une image (endommagé, ou pas une image PNG, JPEG, WebP, "
                     "BMP ou TIFF). Prenez une nouvelle photo ou exportez-la de nouveau en PNG ou JPEG."),
    "video_unreadable": ("{path}: cannot open this video (damaged, or a format this computer cannot play). Convert it "
                         "to MP4 (H.264) and try again.",
                         "{path} : impossible d’ouvrir cette vidéo (endommagée, ou dans un format que cet ordinateur "
                         "ne lit pas). Convertissez-la en MP4 (H.264) et réessayez."),
    "video_no_frame": ("{path}: this video has no frame this computer can read. Convert it to MP4 (H.264) and try "
                       "again.",
                       "{path} : cette vidéo n’a aucune image que cet ordinateur puisse lire. Convertissez-la en MP4 "
                       "(H.264) et réessayez."),
    # -- cameras and their stand-ins (kiosk/scan/frames.py) ---------------------------------------------
    "no_camera": ("No camera {index} on this computer. Plug in a webcam, or choose another camera in the settings.",
                  "Il n’y a pas de caméra {index} sur cet ordinateur. Branchez une webcam, ou choisissez une autre "
                  "caméra dans les réglages."),
    "camera_busy": ("Camera {index} cannot be opened. Check that it is plugged in and that no other application "
                    "(video call, camera app) is using it.",
                    "La caméra {index} ne s’ouvre pas. Vérifiez qu’elle est branchée et qu’aucune autre application "
                    "(appel vidéo, application de caméra) ne l’utilise."),
    "no_video_file": ("{path}: no such video file. Check the path given to --camera.",
                      "{path} : ce fichier vidéo n’existe pas. Vérifiez le chemin donné à --camera."),
    "video_cannot_open": ("{path}: cannot open this video. Convert it to MP4 and try again.",
                          "{path} : impossible d’ouvrir cette vidéo. Convertissez-la en MP4 et réessayez."),
    "no_images": ("{path}: no PNG, JPEG or WebP image found. Check the path given to --camera.",
                  "{path} : aucune image PNG, JPEG ou WebP trouvée. Vérifiez le chemin donné à --camera."),
    "no_source": ("{target}: no such camera, video file or image folder. Give a camera number (0, 1, ...), a video "
                  "file or a folder of photos.",
                  "{target} : pas de caméra, de fichier vidéo ni de dossier d’images de ce nom. Donnez un numéro de "
                  "caméra (0, 1…), un fichier vidéo ou un dossier de photos."),
})
