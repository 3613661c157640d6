// A minimal VS Code client for `draftlint lsp`: starts the server for plain text, Markdown
// and HTML files and passes the draftlint.* settings on. Everything else (diagnostics,
// quick fixes, hovers) is the language server's.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const settings = vscode.workspace.getConfiguration('draftlint');
  client = new LanguageClient(
    'draftlint',
    'draftlint',
    { command: settings.get('path'), args: ['lsp'] },
    {
      documentSelector: ['plaintext', 'markdown', 'html'].map((language) => ({ scheme: 'file', language })),
      synchronize: {
        configurationSection: 'draftlint',
        fileEvents: vscode.workspace.createFileSystemWatcher('**/.draftlint.yaml'),
      },
    },
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
