// Starts `runbook lsp` for Markdown files: the whole extension. See the README, section Editors.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate() {
  const [command, ...args] = vscode.workspace.getConfiguration('runbook').get('command');
  // The server asks VS Code itself to tell it of files changed on disk.
  client = new LanguageClient('runbook', 'runbook', { command, args }, {
    documentSelector: [{ scheme: 'file', language: 'markdown' }],
  });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
