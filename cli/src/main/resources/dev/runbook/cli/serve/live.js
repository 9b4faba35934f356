/*
 * runbook serve: reloads this page when its runbook changes (keeping the scroll position) and
 * shows the page's findings in an overlay. Added to pages only by `runbook serve`; never part of
 * a built site. Everything shown is set as text, never as HTML.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var since = script ? script.getAttribute('data-since') : '-1';
  var page = document.documentElement.getAttribute('data-page') ||
      decodeURIComponent(location.pathname.replace(/^\//, '')) || 'index.html';
  var scrollKey = 'runbook-serve-scroll:' + page;
  var openKey = 'runbook-serve-overlay-open';

  /* ---- Scroll position across reloads ---- */

  var saved = sessionStorage.getItem(scrollKey);
  if (saved !== null) {
    sessionStorage.removeItem(scrollKey);
    var restore = function () { window.scrollTo(0, +saved); };
    if (document.readyState === 'complete') {
      restore();
    } else {
      window.addEventListener('load', restore);
    }
  }

  function reload() {
    sessionStorage.setItem(scrollKey, String(window.scrollY || window.pageYOffset || 0));
    location.reload();
  }

  /* ---- Reload channel ---- */

  var source = new EventSource('/__runbook/events?since=' + encodeURIComponent(since));
  source.addEventListener('change', function (event) {
    var change = JSON.parse(event.data);
    if (change.all || change.pages.indexOf(page) >= 0) {
      reload();
    } else {
      load();
    }
  });

  /* ---- Overlay ---- */

  var host = document.createElement('div');
  host.id = 'runbook-serve';
  var shadow = host.attachShadow({mode: 'open'});
  var style = document.createElement('style');
  style.textContent =
      ':host{all:initial}' +
      '.box{position:fixed;right:12px;bottom:12px;z-index:2147483647;max-width:min(36rem,calc(100vw - 24px));' +
      'font:13px/1.4 system-ui,sans-serif;color:#1b1b1b;background:#fff;border:1px solid #999;border-radius:6px;' +
      'box-shadow:0 2px 10px rgba(0,0,0,.25)}' +
      'button{all:unset;cursor:pointer;display:block;padding:6px 10px;font-weight:600}' +
      'button:focus-visible{outline:2px solid #1a5fb4}' +
      '.error{color:#a51d2d}.warning{color:#8a5a00}.info{color:#1a5fb4}.ok{color:#26734d}' +
      'ul{list-style:none;margin:0;padding:0 10px 8px;max-height:40vh;overflow:auto}' +
      'li{padding:3px 0;border-top:1px solid #ddd}' +
      '.where{color:#555;margin-right:.4em}.rule{font-weight:600;margin-right:.4em}' +
      '@media (prefers-color-scheme: dark){.box{color:#eee;background:#222;border-color:#666}' +
      'li{border-color:#444}.where{color:#aaa}.error{color:#ff7b72}.warning{color:#e3b341}.info{color:#79c0ff}' +
      '.ok{color:#56d364}}' +
      '@media print{.box{display:none}}';
  var box = document.createElement('section');
  box.className = 'box';
  box.setAttribute('aria-label', 'runbook serve: findings on this page');
  var toggle = document.createElement('button');
  toggle.type = 'button';
  var list = document.createElement('ul');
  box.appendChild(toggle);
  box.appendChild(list);
  shadow.appendChild(style);
  shadow.appendChild(box);

  function open() {
    return sessionStorage.getItem(openKey) !== 'no';
  }

  toggle.addEventListener('click', function () {
    sessionStorage.setItem(openKey, open() ? 'no' : 'yes');
    list.hidden = !open();
    toggle.setAttribute('aria-expanded', String(open()));
  });

  function item(cls, where, rule, text) {
    var li = document.createElement('li');
    li.className = cls;
    if (where) {
      var w = document.createElement('span');
      w.className = 'where';
      w.textContent = where;
      li.appendChild(w);
    }
    if (rule) {
      var r = document.createElement('span');
      r.className = 'rule';
      r.textContent = rule;
      li.appendChild(r);
    }
    li.appendChild(document.createTextNode(text));
    return li;
  }

  function plural(n, word) {
    return n + ' ' + word + (n === 1 ? '' : 's');
  }

  function show(data) {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    data.errors.forEach(function (e) {
      list.appendChild(item('error', null, 'problem', e));
    });
    var rank = {ok: 0, info: 1, warning: 2, error: 3};
    var worst = data.errors.length ? 'error' : 'ok';
    data.findings.forEach(function (f) {
      list.appendChild(item(f.severity, (data.document || !f.file ? '' : f.file + ' ') + 'line ' + f.line, f.rule + ' ' + f.name, f.message));
      if (rank[f.severity] > rank[worst]) {
        worst = f.severity;
      }
    });
    var label;
    if (data.pending) {
      label = 'Findings: ' + data.pending + '…';
      worst = 'info';
    } else if (data.document) {
      label = data.findings.length ? plural(data.findings.length, 'finding') + ' in ' + data.document
          : 'No findings in ' + data.document;
    } else {
      var t = data.totals;
      label = t.error + t.warning + t.info === 0 ? 'No findings in the runbooks'
          : plural(t.error, 'error') + ', ' + plural(t.warning, 'warning') + ' in the runbooks';
    }
    if (data.errors.length) {
      label = plural(data.errors.length, 'problem') + ' · ' + label;
    }
    toggle.textContent = label;
    toggle.className = worst;
    list.hidden = !open() || !list.firstChild;
    toggle.setAttribute('aria-expanded', String(!list.hidden));
    host.setAttribute('data-version', String(data.version));
    if (!host.isConnected) {
      document.body.appendChild(host);
    }
  }

  function load() {
    fetch('/__runbook/diagnostics?page=' + encodeURIComponent(page), {cache: 'no-store'})
        .then(function (response) { return response.json(); })
        .then(show)
        .catch(function () { /* the server stopped: the page stays as it is */ });
  }

  if (document.body) {
    load();
  } else {
    document.addEventListener('DOMContentLoaded', load);
  }
})();
