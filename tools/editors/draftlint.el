;;; draftlint.el --- draftlint's language server in Emacs, through eglot  -*- lexical-binding: t -*-
;; Emacs 29 has eglot built in; on Emacs 28 (Debian 12) install elpa-eglot.
;; Load this file from your init (or copy the forms): findings appear as Flymake
;; diagnostics, M-x eglot-code-actions offers the fixes, C-h . shows the hover.

(require 'eglot)

(add-to-list 'eglot-server-programs
             '((text-mode markdown-mode html-mode mhtml-mode) . ("draftlint" "lsp")))

;; Start it by itself in the modes above; drop this line to start it with M-x eglot.
(dolist (hook '(text-mode-hook markdown-mode-hook html-mode-hook mhtml-mode-hook))
  (add-hook hook #'eglot-ensure))

(provide 'draftlint)
;;; draftlint.el ends here
