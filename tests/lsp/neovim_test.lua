-- Drives draftlint's language server from Neovim's own LSP client (headless): opens a draft,
-- waits for diagnostics, checks their ranges and codes, edits the buffer and sees the
-- diagnostics follow, applies a code action and checks the text. Run by ctest:
--   DRAFTLINT=build/draftlint DRAFTLINT_SOURCE=. nvim --headless -u NONE -i NONE -n -c "luafile tests/lsp/neovim_test.lua"
local bin = os.getenv('DRAFTLINT')
local source_dir = os.getenv('DRAFTLINT_SOURCE')
local dir = vim.fn.tempname()
vim.fn.mkdir(dir, 'p')
local failures = 0

local function check(condition, what)
  if not condition then
    failures = failures + 1
    io.stderr:write('FAIL: ' .. what .. '\n')
  else
    io.stderr:write('ok: ' .. what .. '\n')
  end
end

local function write(path, lines)
  local f = assert(io.open(path, 'w'))
  f:write(table.concat(lines, '\n') .. '\n')
  f:close()
end

local function by_code(bufnr, code)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == code then table.insert(found, d) end
  end
  return found
end

local function finish()
  vim.fn.delete(dir, 'rf')
  io.stderr:write(failures == 0 and 'all passed\n' or (failures .. ' failed\n'))
  vim.cmd((failures == 0) and 'qall!' or 'cquit! 1')
end

local ok, err = pcall(function()
  write(dir .. '/.draftlint.yaml', { 'competitors: [Globex, 宏達電]', 'region: US' })
  -- An emoji (two UTF-16 units) and CJK before the findings test the position encoding.
  local file = dir .. '/note.txt'
  write(file, {
    'Dear Ana 😀,',
    '',
    'My last day is Friday, 10 October. 宏達電 and Globex know. Rita Gomes takes over (rita@acme.com).',
    'Until then, call me on my mobile, +1 415 555 0199.',
    '',
    'Thank you!',
  })
  -- The setup the README gives users, with the built binary first on the PATH.
  vim.env.PATH = vim.fn.fnamemodify(bin, ':p:h') .. ':' .. vim.env.PATH
  vim.cmd('filetype on')
  vim.cmd('luafile ' .. source_dir .. '/tools/editors/neovim.lua')
  vim.cmd('edit ' .. file)
  local bufnr = vim.api.nvim_get_current_buf()
  check(vim.wait(10000, function() return #vim.lsp.get_active_clients() == 1 end, 50), 'the server starts')
  local client_id = vim.lsp.get_active_clients()[1].id

  check(vim.wait(10000, function() return #by_code(bufnr, 'personal-phone') == 1 end, 50),
        'diagnostics arrive after opening')
  local competitors = by_code(bufnr, 'competitor-mention')
  check(#competitors == 2, 'two competitor mentions')
  -- Neovim reports byte columns: "My last day is Friday, 10 October. " is 35 bytes.
  check(competitors[1] and competitors[1].lnum == 2 and competitors[1].col == 35 and competitors[1].end_col == 44,
        '宏達電 spans bytes 35-44 of line 3')
  check(competitors[2] and competitors[2].col == 49 and competitors[2].end_col == 55, 'Globex spans bytes 49-55')
  local phone = by_code(bufnr, 'personal-phone')[1]
  check(phone.lnum == 3 and phone.col == 34 and phone.end_col == 49, 'the phone number spans line 4, bytes 34-49')
  check(phone.source == 'draftlint' and phone.severity == vim.diagnostic.severity.ERROR, 'source and severity')

  -- An edit: the competitor goes, the diagnostics follow.
  vim.api.nvim_buf_set_text(bufnr, 2, 35, 2, 56, { '' })
  check(vim.wait(10000, function() return #by_code(bufnr, 'competitor-mention') == 0 end, 50),
        'after deleting the names, no competitor is reported')
  check(#by_code(bufnr, 'personal-phone') == 1, 'the phone is still reported, its range moved by nothing')

  -- A code action under the cursor: remove the number with its lead-in.
  vim.api.nvim_win_set_cursor(0, { 4, 40 })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = {} }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000)
  local action
  for _, response in pairs(responses or {}) do
    for _, a in ipairs(response.result or {}) do
      if a.title:find('Remove the number') then action = a end
    end
  end
  check(action ~= nil, 'a quick fix removes the number')
  local client = vim.lsp.get_client_by_id(client_id)
  vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
  check(vim.api.nvim_buf_get_lines(bufnr, 3, 4, false)[1] == 'Until then.', 'the fix leaves "Until then."')
  check(vim.wait(10000, function() return #by_code(bufnr, 'personal-phone') == 0 end, 50),
        'after the fix, no personal phone')

  -- Hover on a finding explains the rule.
  vim.api.nvim_buf_set_lines(bufnr, 5, 6, false, { 'Thank you! My WhatsApp: +351 912 345 678' })
  check(vim.wait(10000, function() return #by_code(bufnr, 'personal-phone') == 1 end, 50), 'a new number is reported')
  vim.api.nvim_win_set_cursor(0, { 6, 30 })
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', vim.lsp.util.make_position_params(), 10000)
  local text = ''
  for _, response in pairs(hover or {}) do
    if response.result then text = response.result.contents.value end
  end
  check(text:find('personal%-phone') ~= nil, 'hover names the rule')

  -- The config changes on disk and the client says so: the open draft is linted again.
  vim.api.nvim_buf_set_lines(bufnr, 5, 6, false, { 'Thank you! Initech says hello.' })
  check(vim.wait(10000, function() return #by_code(bufnr, 'personal-phone') == 0 end, 50), 'the new number is gone')
  check(#by_code(bufnr, 'competitor-mention') == 0, 'Initech is not a competitor yet')
  write(dir .. '/.draftlint.yaml', { 'competitors: [Initech]', 'region: US' })
  client.notify('workspace/didChangeWatchedFiles',
                { changes = { { uri = vim.uri_from_fname(dir .. '/.draftlint.yaml'), type = 2 } } })
  check(vim.wait(10000, function() return #by_code(bufnr, 'competitor-mention') == 1 end, 50),
        'after the config changes, Initech is reported')
  local initech = by_code(bufnr, 'competitor-mention')[1]
  check(initech and initech.lnum == 5 and initech.col == 11 and initech.end_col == 18, 'Initech spans bytes 11-18')

  vim.lsp.stop_client(client_id)
end)
if not ok then
  failures = failures + 1
  io.stderr:write('ERROR: ' .. tostring(err) .. '\n')
end
finish()
