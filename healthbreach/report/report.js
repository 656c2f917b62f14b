// The incidents table: filtering that ignores accents, case and abbreviations ("ligerienne",
// "CH de Valmont"), and sorting by any column. The page reads fine with scripts off.
// Filter, sort and open evidence can be given in the address: index.html#q=ligerienne&sort=-records&open=all
(() => {
  const table = document.getElementById('incidents');
  if (!table) return;
  const abbreviations = JSON.parse(document.getElementById('abbreviations').textContent);
  const stopwords = new Set(JSON.parse(document.getElementById('stopwords').textContent));
  // The same fold as healthbreach/textfold.py's fold_words: accents off, lower case, punctuation to spaces.
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/œ/g, 'o').replace(/æ/g, 'a').replace(/[^a-z0-9]+/g, ' ').trim();
  const terms = (query) => {
    const out = [];
    for (const word of fold(query).split(' ')) {
      if (word && !stopwords.has(word)) out.push(...(abbreviations[word] || word).split(' '));
    }
    return out;
  };
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const box = document.getElementById('filter');
  const shown = document.getElementById('shown');

  function filter() {
    const wanted = terms(box.value);
    let n = 0;
    for (const tr of rows) {
      const match = wanted.every((w) => tr.dataset.search.includes(w));
      tr.hidden = !match;
      n += match ? 1 : 0;
    }
    shown.textContent = `${n} of ${rows.length} incidents shown`;
  }

  const heads = Array.from(table.tHead.rows[0].cells);
  function sort(index, ascending) {
    const numeric = heads[index].dataset.type === 'number';
    const key = (tr) => {
      const raw = tr.cells[index].dataset.sort ?? tr.cells[index].textContent.trim();
      return numeric ? (raw === '' ? -Infinity : Number(raw)) : raw.toLowerCase();
    };
    rows.sort((a, b) => {
      const x = key(a), y = key(b);
      return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
    });
    for (const th of heads) th.removeAttribute('aria-sort');
    heads[index].setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    for (const tr of rows) body.appendChild(tr);
  }
  heads.forEach((th, index) => {
    const button = th.querySelector('button');
    if (button) button.addEventListener('click', () => sort(index, th.getAttribute('aria-sort') !== 'ascending'));
  });

  box.addEventListener('input', filter);
  const params = new URLSearchParams(location.hash.slice(1));
  if (params.get('q')) box.value = params.get('q');
  const order = params.get('sort');
  if (order) {
    const index = heads.findIndex((th) => th.dataset.key === order.replace(/^-/, ''));
    if (index >= 0) sort(index, !order.startsWith('-'));
  }
  if (params.get('open') === 'all') for (const d of table.querySelectorAll('details')) d.open = true;
  filter();
})();
