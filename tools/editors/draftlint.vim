" draftlint's language server in Vim, through ALE (Debian: vim-ale; or any plugin
" manager). Source this from your vimrc after ALE is loaded. Findings appear as ALE
" signs and in the location list; :ALECodeAction offers the fixes, :ALEHover explains.
function! s:DraftlintRoot(buffer) abort
  " Configs are found from the draft's folder upwards, so the folder is root enough.
  return fnamemodify(bufname(a:buffer), ':p:h')
endfunction

for s:filetype in ['text', 'markdown', 'html']
  call ale#linter#Define(s:filetype, {
  \   'name': 'draftlint',
  \   'lsp': 'stdio',
  \   'executable': 'draftlint',
  \   'command': '%e lsp',
  \   'project_root': function('s:DraftlintRoot'),
  \})
endfor
