/*
 * runbook default theme: review states for the reader's date, copy buttons, commands filled in
 * from the alert's labels in the link, steps that can be ticked off, and search. No library, no
 * network: the search index is a script in the site's own folder, so it loads from file:// too. Every page
 * works without this file.
 */
(function () {
  'use strict';
  var html = document.documentElement;
  html.classList.add('js');
  var root = html.getAttribute('data-root') || '';
  /* The folder of the site's own pages and files (-/), which holds the search index. */
  var own = html.hasAttribute('data-own') ? html.getAttribute('data-own') : root + '-/';
  var page = html.getAttribute('data-page') || location.pathname;
  var DAY = 86400000;

  /* ---- Review dates: the build baked them in; recompute them against today's date. ---- */

  function todayUtc() {
    var d = new Date();
    return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  }

  function parseDay(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : null;
  }

  function plural(n, word) {
    return n + ' ' + word + (n === 1 ? '' : 's');
  }

  /* Mirrors RunbookViews.label and RunbookViews.message in the Java code: change both together. */
  function reviewState(dueText, warnDays) {
    var due = parseDay(dueText);
    if (due === null) {
      return {status: 'unknown', label: 'No review date', message: 'No review date: set last_reviewed in the front matter.'};
    }
    var days = Math.round((due - todayUtc()) / DAY);
    if (days < 0) {
      return {status: 'overdue', label: 'Overdue',
        message: 'Review overdue: it was due on ' + dueText + ', ' + plural(-days, 'day') + ' ago.'};
    }
    if (days <= warnDays) {
      return {status: 'due-soon', label: 'Due soon',
        message: days === 0 ? 'Review due today (' + dueText + ').'
          : 'Review due soon: on ' + dueText + ', in ' + plural(days, 'day') + '.'};
    }
    return {status: 'current', label: 'Current', message: null};
  }

  function updateReviews() {
    var marked = document.querySelectorAll('.status[data-warn]');
    for (var i = 0; i < marked.length; i++) {
      var el = marked[i];
      var state = reviewState(el.getAttribute('data-due'), parseInt(el.getAttribute('data-warn'), 10) || 0);
      el.className = 'status status-' + state.status;
      el.textContent = state.label;
    }
    /* A runbook page's banner: the build wrote one only if the review was due; today may differ. */
    var article = document.querySelector('article[data-warn]');
    var header = article && article.querySelector('.page-header');
    if (!header) {
      return;
    }
    var page = reviewState(article.getAttribute('data-due'), parseInt(article.getAttribute('data-warn'), 10) || 0);
    var banner = header.querySelector('.review-banner');
    if (!page.message) {
      if (banner) {
        banner.parentNode.removeChild(banner);
      }
      return;
    }
    if (!banner) {
      banner = document.createElement('p');
      banner.setAttribute('role', 'status');
      header.appendChild(banner);
    }
    banner.className = 'review-banner status-' + page.status;
    banner.textContent = page.message;
  }

  /* ---- Copy buttons on code blocks ---- */

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try {
        ok = document.execCommand('copy');
      } catch (e) {
        ok = false;
      }
      document.body.removeChild(area);
      if (ok) {
        resolve();
      } else {
        reject(new Error('copy failed'));
      }
    });
  }

  function addCopyButtons() {
    var blocks = document.querySelectorAll('.content pre');
    for (var i = 0; i < blocks.length; i++) {
      (function (pre) {
        var wrap = document.createElement('div');
        wrap.className = 'code-block';
        pre.parentNode.insertBefore(wrap, pre);
        wrap.appendChild(pre);
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'copy-button';
        button.textContent = 'Copy';
        button.setAttribute('aria-label', 'Copy this code');
        button.addEventListener('click', function () {
          var code = pre.querySelector('code') || pre;
          copyText(code.textContent).then(function () {
            flash(button, 'Copied');
          }, function () {
            var range = document.createRange();
            range.selectNodeContents(code);
            var selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            flash(button, 'Press Ctrl+C');
          });
        });
        wrap.appendChild(button);
      })(blocks[i]);
    }
  }

  function flash(button, text) {
    button.textContent = text;
    setTimeout(function () {
      button.textContent = 'Copy';
    }, 1600);
  }

  /* ---- Filled-in commands: ?namespace=payments fills <namespace>, ${NAMESPACE} and
     {{ $labels.namespace }} in code blocks, as the link from an alert carries its labels. Values
     go in as text nodes only, never as markup. A placeholder is found inside one text node: the
     renderer adds no highlighting spans, so a code block is one text node. ---- */

  var MAX_LABELS = 20;
  var MAX_VALUE = 200;
  var LABEL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
  var PLACEHOLDER = /<([A-Za-z_][A-Za-z0-9_]*)>|\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\{\{\s*\$labels\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

  /* The link's labels, keyed by lower-case name: the first of a name wins; long values are dropped. */
  function linkLabels() {
    var labels = Object.create(null);
    var count = 0;
    var params;
    try {
      params = new URLSearchParams(location.search);
    } catch (e) {
      return labels;
    }
    params.forEach(function (value, name) {
      var key = name.toLowerCase();
      if (count >= MAX_LABELS || !LABEL_NAME.test(name) || value === '' || value.length > MAX_VALUE
          || Object.prototype.hasOwnProperty.call(labels, key)) {
        return;
      }
      labels[key] = {name: name, value: value};
      count++;
    });
    return labels;
  }

  function textNodes(el) {
    var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    var nodes = [];
    while (walker.nextNode()) {
      nodes.push(walker.currentNode);
    }
    return nodes;
  }

  /* Replaces the placeholders of one text node that name a label, noting them in used; says if any did. */
  function fillTextNode(node, labels, used) {
    var text = node.nodeValue;
    var parts = document.createDocumentFragment();
    var last = 0;
    var m;
    PLACEHOLDER.lastIndex = 0;
    while ((m = PLACEHOLDER.exec(text)) !== null) {
      var key = (m[1] || m[2] || m[3]).toLowerCase();
      if (!Object.prototype.hasOwnProperty.call(labels, key)) {
        continue;
      }
      var label = labels[key];
      parts.appendChild(document.createTextNode(text.slice(last, m.index)));
      var mark = document.createElement('mark');
      mark.className = 'filled';
      mark.setAttribute('title', m[0]);
      mark.textContent = label.value;
      parts.appendChild(mark);
      used[key] = label;
      last = m.index + m[0].length;
    }
    if (last > 0) {
      parts.appendChild(document.createTextNode(text.slice(last)));
      node.parentNode.replaceChild(parts, node);
    }
    return last > 0;
  }

  function fillBar(used, blocks) {
    var bar = document.createElement('div');
    bar.className = 'filled-bar';
    bar.setAttribute('role', 'region');
    bar.setAttribute('aria-label', 'Filled-in commands');
    var intro = document.createElement('span');
    intro.className = 'filled-intro';
    bar.appendChild(intro);
    var list = document.createElement('ul');
    list.className = 'filled-labels';
    Object.keys(used).sort().forEach(function (key) {
      var item = document.createElement('li');
      var name = document.createElement('code');
      name.textContent = used[key].name;
      var value = document.createElement('code');
      value.textContent = used[key].value;
      item.appendChild(name);
      item.appendChild(document.createTextNode(' = '));
      item.appendChild(value);
      list.appendChild(item);
    });
    bar.appendChild(list);
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'filled-reset';
    bar.appendChild(button);
    var filled = true;
    function show() {
      intro.textContent = filled ? 'Commands filled in from the link:' : 'Commands as written; the link gave:';
      button.textContent = filled ? 'Reset' : 'Fill in again';
      button.setAttribute('aria-label', filled ? 'Reset the commands to the runbook\u2019s placeholders'
        : 'Fill in the commands again from the link');
      for (var i = 0; i < blocks.length; i++) {
        var code = blocks[i].code;
        while (code.firstChild) {
          code.removeChild(code.firstChild);
        }
        code.appendChild((filled ? blocks[i].filled : blocks[i].original).cloneNode(true));
      }
    }
    button.addEventListener('click', function () {
      filled = !filled;
      show();
    });
    show();
    return bar;
  }

  function contentsOf(el) {
    var fragment = document.createDocumentFragment();
    for (var child = el.firstChild; child; child = child.nextSibling) {
      fragment.appendChild(child.cloneNode(true));
    }
    return fragment;
  }

  function fillPlaceholders() {
    var labels = linkLabels();
    var content = document.querySelector('.content');
    if (!content || !Object.keys(labels).length) {
      return;
    }
    var used = Object.create(null);
    var blocks = [];
    var pres = content.querySelectorAll('pre');
    for (var i = 0; i < pres.length; i++) {
      var code = pres[i].querySelector('code') || pres[i];
      var original = contentsOf(code);
      var nodes = textNodes(code);
      var changed = false;
      for (var k = 0; k < nodes.length; k++) {
        changed = fillTextNode(nodes[k], labels, used) || changed;
      }
      if (changed) {
        blocks.push({code: code, original: original, filled: contentsOf(code)});
      }
    }
    if (blocks.length) {
      content.insertBefore(fillBar(used, blocks), content.firstChild);
    }
  }

  /* ---- Steps: tick them off during an incident; kept per page in local storage ---- */

  function readTicks(key) {
    try {
      var saved = JSON.parse(localStorage.getItem(key) || '[]');
      return Array.isArray(saved) ? saved : [];
    } catch (e) {
      return [];
    }
  }

  function writeTicks(key, ticks) {
    try {
      if (ticks.length) {
        localStorage.setItem(key, JSON.stringify(ticks));
      } else {
        localStorage.removeItem(key);
      }
    } catch (e) {
      /* Storage may be off (private mode): ticking still works until the page is left. */
    }
  }

  function setUpSteps() {
    var steps = document.querySelectorAll('.content .step');
    if (!steps.length) {
      return;
    }
    var key = 'runbook:steps:' + page;
    var ticks = readTicks(key);
    var boxes = [];
    var tools = document.createElement('div');
    tools.className = 'steps-tools';
    tools.innerHTML = '<span class="steps-progress" aria-live="polite"></span> '
      + '<button type="button" class="steps-reset">Reset steps</button>';
    var header = document.querySelector('.page-header');
    (header || document.body).appendChild(tools);
    var progress = tools.querySelector('.steps-progress');

    function save() {
      var now = [];
      for (var i = 0; i < boxes.length; i++) {
        if (boxes[i].checked) {
          now.push(i);
        }
      }
      writeTicks(key, now);
      if (progress) {
        progress.textContent = now.length + ' of ' + boxes.length + ' steps done';
      }
    }

    for (var i = 0; i < steps.length; i++) {
      (function (step, n) {
        var box = document.createElement('input');
        box.type = 'checkbox';
        box.className = 'step-check';
        box.setAttribute('aria-label', 'Step ' + (n + 1) + ' done');
        box.checked = ticks.indexOf(n) >= 0;
        step.classList.toggle('done', box.checked);
        box.addEventListener('change', function () {
          step.classList.toggle('done', box.checked);
          save();
        });
        var anchor = step.querySelector(':scope > .anchor');
        step.insertBefore(box, anchor ? anchor.nextSibling : step.firstChild);
        boxes.push(box);
      })(steps[i], i);
    }
    tools.querySelector('.steps-reset').addEventListener('click', function () {
      for (var i = 0; i < boxes.length; i++) {
        boxes[i].checked = false;
        steps[i].classList.remove('done');
      }
      save();
    });
    save();
  }

  /* ---- Search over titles, headings, tags and text ---- */

  /* The search box exists only with this script: without it, the home page lists everything. */
  function makeSearchForm() {
    var header = document.querySelector('.site-header');
    if (!header) {
      return null;
    }
    var form = document.createElement('form');
    form.className = 'search';
    form.setAttribute('role', 'search');
    form.innerHTML = '<label class="visually-hidden" for="search-input">Search runbooks</label>'
      + '<input type="search" id="search-input" placeholder="Search runbooks  /" autocomplete="off"'
      + ' spellcheck="false" role="combobox" aria-controls="search-results" aria-expanded="false"'
      + ' aria-autocomplete="list">'
      + '<ul id="search-results" class="search-results" role="listbox" aria-label="Search results" hidden></ul>';
    header.appendChild(form);
    return form;
  }

  function setUpSearch() {
    var form = makeSearchForm();
    if (!form) {
      return;
    }
    var input = form.querySelector('input');
    var list = form.querySelector('ul');
    var index = null;
    var loading = false;
    var results = [];
    var active = -1;

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      open(active >= 0 ? active : 0);
    });

    function load(then) {
      if (index) {
        then();
        return;
      }
      if (window.RUNBOOK_SEARCH_INDEX) {
        index = prepare(window.RUNBOOK_SEARCH_INDEX);
        then();
        return;
      }
      if (loading) {
        return;
      }
      loading = true;
      var script = document.createElement('script');
      script.src = own + 'search-index.js';
      script.onload = function () {
        index = prepare(window.RUNBOOK_SEARCH_INDEX);
        run();
      };
      script.onerror = function () {
        loading = false;
        show([], 'The search index could not be loaded.');
      };
      document.head.appendChild(script);
    }

    function prepare(raw) {
      var lower = raw.pages.map(function (p) {
        return p[4].toLowerCase();
      });
      return {pages: raw.pages, lower: lower, words: raw.words, postings: raw.postings, decoded: {}};
    }

    /* A page's headings, [text, anchor]: keywords hold them after the first ' · ', the anchors
       (when any differs from its implicit one) are p[5], in the same order. */
    function headings(p) {
      var parts = p[4].split(' \u00b7 ');
      var anchors = p[5] ? p[5].split(' ') : [];
      var out = [];
      for (var k = 1; k < parts.length; k++) {
        out.push([parts[k], anchors[k - 1] || implicitAnchor(parts[k])]);
      }
      return out;
    }

    /* As SearchIndex.implicitAnchor on the build's side, for ASCII text. */
    function implicitAnchor(text) {
      return text.toLowerCase().trim().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
    }

    function hasAll(text, terms) {
      var words = text.toLowerCase().split(/[^\p{L}\p{N}_]+/u);
      return terms.every(function (t) {
        return words.some(function (w) {
          return w.lastIndexOf(t, 0) === 0;
        });
      });
    }

    function postings(i) {
      var cached = index.decoded[i];
      if (cached) {
        return cached;
      }
      var parts = index.postings[i].split(',');
      var ids = new Array(parts.length);
      var at = 0;
      for (var k = 0; k < parts.length; k++) {
        at += parseInt(parts[k], 36);
        ids[k] = at;
      }
      index.decoded[i] = ids;
      return ids;
    }

    function firstAtLeast(words, term) {
      var lo = 0;
      var hi = words.length;
      while (lo < hi) {
        var mid = (lo + hi) >>> 1;
        if (words[mid] < term) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /* Pages holding a word that starts with the term: exact words count double. */
    function pagesFor(term) {
      var found = {};
      var words = index.words;
      for (var i = firstAtLeast(words, term), n = 0; i < words.length && n < 400; i++, n++) {
        if (words[i].lastIndexOf(term, 0) !== 0) {
          break;
        }
        var weight = words[i] === term ? 2 : 1;
        var ids = postings(i);
        for (var k = 0; k < ids.length; k++) {
          found[ids[k]] = Math.max(found[ids[k]] || 0, weight);
        }
      }
      return found;
    }

    function search(query) {
      var terms = query.toLowerCase().split(/[^\p{L}\p{N}_]+/u).filter(function (t) {
        return t.length >= 2;
      });
      if (!terms.length) {
        return [];
      }
      var scores = null;
      for (var t = 0; t < terms.length; t++) {
        var hits = pagesFor(terms[t]);
        var next = {};
        for (var id in hits) {
          if (scores === null || id in scores) {
            var p = index.pages[id];
            var bonus = p[1].toLowerCase().indexOf(terms[t]) >= 0 ? 10 : index.lower[id].indexOf(terms[t]) >= 0 ? 4 : 0;
            next[id] = (scores === null ? 0 : scores[id]) + hits[id] + bonus;
          }
        }
        scores = next;
      }
      var ids = Object.keys(scores);
      ids.sort(function (a, b) {
        return scores[b] - scores[a] || (index.pages[a][1] < index.pages[b][1] ? -1 : 1);
      });
      /* A page whose title does not hold the query but some headings do is found at each of
         them (a file of many alerts, one heading each): [page#anchor, heading, …, page title]. */
      var out = [];
      for (var i = 0; i < ids.length && out.length < 12; i++) {
        var p = index.pages[ids[i]];
        var hits = hasAll(p[1], terms) ? [] : headings(p).filter(function (h) {
          return hasAll(h[0], terms);
        });
        if (!hits.length) {
          out.push(p);
        }
        for (var k = 0; k < hits.length && k < 5; k++) {
          out.push([p[0] + '#' + encodeURIComponent(hits[k][1]), hits[k][0], p[2], p[3], '', '', p[1]]);
        }
      }
      return out.slice(0, 12);
    }

    function show(pages, message) {
      results = pages;
      active = pages.length ? 0 : -1;
      list.textContent = '';
      if (!pages.length) {
        var empty = document.createElement('li');
        empty.className = 'empty';
        empty.textContent = message || 'No runbook matches.';
        list.appendChild(empty);
      }
      for (var i = 0; i < pages.length; i++) {
        var p = pages[i];
        /* An option holds no link (ARIA 1.2 combobox: options are not interactive); a click opens it. */
        var item = document.createElement('li');
        item.setAttribute('role', 'option');
        item.id = 'search-result-' + i;
        var title = document.createElement('span');
        title.className = 'title';
        title.textContent = p[1];
        var meta = document.createElement('span');
        meta.className = 'meta';
        meta.textContent = p[6] ? 'in ' + p[6] : [p[2], p[3] ? p[3].charAt(0).toUpperCase() + p[3].slice(1) + ' risk' : '']
          .filter(Boolean).join(' · ') || p[0];
        item.appendChild(title);
        item.appendChild(meta);
        item.addEventListener('click', openOnClick(i));
        list.appendChild(item);
      }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight();
    }

    function highlight() {
      var items = list.querySelectorAll('[role="option"]');
      for (var i = 0; i < items.length; i++) {
        items[i].setAttribute('aria-selected', i === active ? 'true' : 'false');
      }
      if (active >= 0 && items[active]) {
        input.setAttribute('aria-activedescendant', items[active].id);
        items[active].scrollIntoView({block: 'nearest'});
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function hide() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    }

    function openOnClick(i) {
      return function () {
        open(i);
      };
    }

    function open(i) {
      if (results[i]) {
        location.href = root + results[i][0];
      }
    }

    function run() {
      var query = input.value.trim();
      if (!query) {
        hide();
        return;
      }
      load(function () {
        show(search(query));
      });
    }

    input.addEventListener('focus', function () {
      load(function () {});
      if (input.value.trim()) {
        run();
      }
    });
    input.addEventListener('input', run);
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (results.length) {
          active = (active + (e.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length;
          highlight();
        }
      } else if (e.key === 'Enter') {
        e.preventDefault();
        open(active >= 0 ? active : 0);
      } else if (e.key === 'Escape') {
        input.value = '';
        hide();
        input.blur();
      }
    });
    document.addEventListener('click', function (e) {
      if (!form.contains(e.target)) {
        hide();
      }
    });
    document.addEventListener('keydown', function (e) {
      var t = e.target;
      var typing = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable);
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        input.focus();
        input.select();
      }
    });
  }

  function start() {
    updateReviews();
    fillPlaceholders();
    addCopyButtons();
    setUpSteps();
    setUpSearch();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
