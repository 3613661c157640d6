-- draftlint's language server in Neovim's built-in LSP client. Put this in init.lua, or
-- :luafile it. Findings appear as diagnostics; vim.lsp.buf.code_action() offers the fixes
-- and vim.lsp.buf.hover() explains the rule. The test suite runs this file as it is.
local clients = {} -- Neovim 0.7: one client per folder, attached by hand

local function start(args)
  -- Configs are found from the draft's folder upwards, so the folder is root enough.
  local root = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(args.buf), ':p:h')
  local config = { name = 'draftlint', cmd = { 'draftlint', 'lsp' }, root_dir = root }
  if vim.lsp.start then -- Neovim 0.8 and later
    vim.lsp.start(config, { bufnr = args.buf })
    return
  end
  if not clients[root] or vim.lsp.client_is_stopped(clients[root]) then
    clients[root] = vim.lsp.start_client(config)
  end
  vim.lsp.buf_attach_client(args.buf, clients[root])
end

vim.api.nvim_create_autocmd('FileType', { pattern = { 'text', 'markdown', 'html' }, callback = start })
