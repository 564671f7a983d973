#!/usr/bin/env python3
# ruleset.py [OPTIONS] FILE.xml: check an IATI file against the official
# IATI Standard Ruleset (tests/iati/ruleset/standard.json, read as data;
# its meaning in tests/iati/ruleset/SPEC.rst).
#
# Every XPath of the ruleset (contexts, paths, conditions, if/then, dates,
# prefixes) is evaluated by libxml2 itself: the queries of each round are
# batched through one `xmllint --shell FILE` process, whose answers are
# only numbers and booleans.  A node a path selects comes back as its
# position in the document (its element's index among all elements, and
# for an attribute its local name), and its text is read from Python's own
# parse of the same file; XPath is never approximated here.
#
# Prints one line per broken rule (id, severity, the context element, the
# message and what was found), notes on what cannot be checked offline,
# then "ruleset: N rules checked, N errors, N warnings".  Exit status 1 if
# a rule of severity "error" is broken, 2 if the file or an XPath of the
# ruleset could not be read, else 0.
#
# Options:
#   --ruleset FILE          another ruleset (default ruleset/standard.json)
#   --now YYYY-MM-DD        the current date for date_now, date_order NOW
#   --org-ids FILE          the registry's organisation identifiers, one a
#                           line (idCondition NOT_EXISTING_ORG_ID[_PREFIX])
#   --org-id-prefixes FILE  the registry's agency prefixes, one a line
#                           (startswith with prefix ORG-ID-PREFIX)
# A condition, if or then is read as XPath's boolean() of its value (an
# empty node-set is false), as SPEC.rst means it.  A loop substitutes the
# value for $1 only in the keys its `subs` names, as the SPEC says (so a
# `do` case whose condition keeps a literal $1 never applies).
# Without the registry lists (offline), an idCondition is taken as met
# (no value is a known registry identifier, so the rule applies) and a
# startswith against ORG-ID-PREFIX is not checked; both are said in the
# output.
import datetime
import json
import math
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
RULESET = os.path.join(HERE, 'ruleset', 'standard.json')
SHELL_ARG_MAX = 390    # xmllint's shell keeps 400 bytes of an argument
XML_NS = '{http://www.w3.org/XML/1998/namespace}'

# camelCase spellings of the rule names (SPEC.rst) to snake_case.
CAMEL = {
  'noMoreThanOne': 'no_more_than_one', 'atLeastOne': 'atleast_one',
  'onlyOneOf': 'only_one_of', 'oneOrAll': 'one_or_all',
  'dateOrder': 'date_order', 'dateNow': 'date_now',
  'timeLimit': 'time_limit', 'betweenDates': 'between_dates',
  'regexMatches': 'regex_matches', 'regexNoMatches': 'regex_no_matches',
  'startsWith': 'startswith', 'ifThen': 'if_then',
  'strictSum': 'strict_sum', 'noSpaces': 'no_spaces',
}
# one_or_all: what `all` names, as the XPath of the nodes that break it
# when `one` is absent (the IATI validator's reading of each keyword).
ONE_OR_ALL = {
  'lang': 'descendant::narrative[not(@xml:lang)]',
  'currency': 'descendant::*[self::value or self::forecast or self::loan-status]'
              '[not(@currency)]',
  'sector': 'transaction[not(sector)]',
  'recipient-country|recipient-region':
    'transaction[not(recipient-country or recipient-region)]',
}


# The rules that read the text of what their paths select (the others
# count it).
VALUE_RULES = ('unique', 'sum', 'strict_sum', 'regex_matches', 'regex_no_matches',
               'startswith', 'range', 'no_spaces')


class XPathError(Exception):
  pass


# A query: an XPath expression evaluated at the element of index ctx (None:
# the document), as a 'num', 'bool' or 'str'.
class Q:
  __slots__ = ('ctx', 'kind', 'expr')

  def __init__(self, ctx, kind, expr):
    self.ctx = ctx
    self.kind = kind
    self.expr = expr


# The answer to a query libxml2 could not evaluate.
class Failed:
  def __init__(self, expr):
    self.expr = expr


RESULT = re.compile(r'Object is (?:a number : ([^\n]*)|a Boolean : (true|false)'
                    r'|a string : ([^\n]*)|(empty \(NULL\)))')


# Evaluate a batch of queries through one `xmllint --shell` process; the
# answers in the order of the queries.
def run_batch(zFile, aQ):
  order = sorted(range(len(aQ)),
                 key=lambda i: -1 if aQ[i].ctx is None else aQ[i].ctx)
  lines = []
  cur = 'none'
  for i in order:
    q = aQ[i]
    if q.ctx != cur:
      lines.append('cd /' if q.ctx is None else 'cd (//*)[%d]' % (q.ctx + 1))
      cur = q.ctx
    fn = {'num': 'number', 'bool': 'boolean', 'str': 'string'}[q.kind]
    line = 'xpath %s(%s)' % (fn, q.expr)
    if len(line) > SHELL_ARG_MAX or '\n' in line:
      raise XPathError('expression too long for the xmllint shell: ' + q.expr)
    lines.append(line)
  lines.append('xpath number(424242)')
  p = subprocess.run(['xmllint', '--shell', zFile], input='\n'.join(lines) + '\n',
                     capture_output=True, text=True)
  found = RESULT.findall(p.stdout)
  if len(found) != len(aQ) + 1 or found[-1][0] != '424242':
    raise XPathError('xmllint --shell answered %d of %d queries: %s'
                     % (len(found) - 1, len(aQ), p.stderr.strip()[:300]))
  out = [None] * len(aQ)
  for k, i in enumerate(order):
    num, boolean, string, null = found[k]
    if null:
      out[i] = Failed(aQ[i].expr)
    elif boolean:
      out[i] = boolean == 'true'
    elif aQ[i].kind == 'str':
      out[i] = string
    else:
      out[i] = float(num)
  return out


# Run generators side by side: each yields a list of queries and is sent
# their answers; their queries of one round go out as one batch.
def parallel(gens):
  pending = []
  for g in gens:
    try:
      pending.append((g, next(g)))
    except StopIteration:
      pass
  while pending:
    vals = yield [q for g, qs in pending for q in qs]
    nxt = []
    pos = 0
    for g, qs in pending:
      part = vals[pos:pos + len(qs)]
      pos += len(qs)
      try:
        nxt.append((g, g.send(part)))
      except StopIteration:
        pass
    pending = nxt


# Ask a list of queries; their answers, or XPathError if one failed.
def ask(qs):
  vals = yield qs
  for v in vals:
    if isinstance(v, Failed):
      raise XPathError('cannot evaluate ' + v.expr)
  return vals


# Drive a generator of query batches to its end against FILE.
def drive(zFile, gen):
  try:
    qs = next(gen)
    while True:
      qs = gen.send(run_batch(zFile, qs) if qs else [])
  except StopIteration:
    pass


# A node a path selected: its kind ('element', 'attribute', 'text',
# 'other'), its element's index, its name and its string value.
class Node:
  def __init__(self, kind, idx, name, value):
    self.kind = kind
    self.idx = idx
    self.name = name
    self.value = value


# Python's own parse of the file: elements in document order (the same
# order as XPath's //*), their parents, and the text of a node.
class Doc:
  def __init__(self, zFile):
    self.root = ET.parse(zFile).getroot()
    self.elems = list(self.root.iter())
    self.parent = {c: p for p in self.elems for c in p}
    self.index = {e: i for i, e in enumerate(self.elems)}

  def node(self, isElem, isText, idx, name, textPos):
    e = self.elems[idx]
    if isElem:
      return Node('element', idx, local(e.tag), ''.join(e.itertext()))
    if isText:
      texts = [t for t in [e.text] + [c.tail for c in e] if t]
      return Node('text', idx, '#text', texts[textPos] if textPos < len(texts) else '')
    for k, v in e.attrib.items():
      if local(k) == name:
        return Node('attribute', idx, ('xml:' if k.startswith(XML_NS) else '') + name, v)
    return Node('other', idx, name, '')

  # Where an element is: its path with positions, and the identifier of the
  # activity (or organisation) it belongs to.
  def label(self, idx):
    e = self.elems[idx]
    parts = []
    top = None
    while e is not None:
      p = self.parent.get(e)
      name = local(e.tag)
      if name in ('iati-activity', 'iati-organisation'):
        top = e
      if p is None:
        parts.append(name)
      else:
        same = [c for c in p if c.tag == e.tag]
        parts.append('%s[%d]' % (name, same.index(e) + 1))
      e = p
    zPath = '/' + '/'.join(reversed(parts))
    if top is not None:
      for c in top:
        if local(c.tag) in ('iati-identifier', 'organisation-identifier'):
          return '%s (%s)' % (zPath, (c.text or '').strip())
    return zPath


def local(tag):
  return tag.rsplit('}', 1)[-1]


# The nodes each expression selects at element ctx, as lists of Node; for
# an expression whose `want` is false, only how many (a list of None).
def nodes(doc, ctx, exprs, want=None):
  if want is None:
    want = [True] * len(exprs)
  counts = yield from ask([Q(ctx, 'num', 'count(%s)' % e) for e in exprs])
  qs = []
  sizes = []
  for e, n, w in zip(exprs, counts, want):
    for i in range(1, int(n) + 1 if w else 0):
      q = node_queries(ctx, '(%s)[%d]' % (e, i))
      qs += q
      sizes.append(len(q))
  vals = (yield from ask(qs)) if qs else []
  out = []
  k = 0
  m = 0
  for n, w in zip(counts, want):
    found = []
    for _ in range(int(n)):
      if not w:
        found.append(None)
        continue
      v = vals[k:k + sizes[m]]
      k += sizes[m]
      m += 1
      if len(v) == 3:
        kind, idx, name = int(v[0]), int(v[1]), v[2]
        found.append(doc.node(kind & 1, kind & 2, idx, name, kind >> 2))
      else:
        found.append(doc.node(v[0] > 0, v[1] > 0, int(v[3] + v[4]), v[5], int(v[2])))
    out.append(found)
  return out


# The queries that find node z (an XPath selecting one node) in Python's
# parse: its kind, its element's index and its local name; three queries
# when they fit the shell's line, else six shorter ones.
def node_queries(ctx, z):
  owner = z + '/ancestor-or-self::*[1]'
  kind = ('count(%s/self::*) + 2 * count(%s/self::text()) + 4 * '
          'count(%s/preceding-sibling::text())' % (z, z, z))
  where = 'count(%s/ancestor::*) + count(%s/preceding::*)' % (owner, owner)
  name = 'local-name(%s)' % z
  if max(len(kind), len(where)) + 20 <= SHELL_ARG_MAX:
    return [Q(ctx, 'num', kind), Q(ctx, 'num', where), Q(ctx, 'str', name)]
  return [Q(ctx, 'num', 'count(%s/self::*)' % z),
          Q(ctx, 'num', 'count(%s/self::text())' % z),
          Q(ctx, 'num', 'count(%s/preceding-sibling::text())' % z),
          Q(ctx, 'num', 'count(%s/ancestor::*)' % owner),
          Q(ctx, 'num', 'count(%s/preceding::*)' % owner),
          Q(ctx, 'str', name)]


# A string as JavaScript's Number() reads it (NaN if not a number).
JS_NUM = re.compile(r'^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$')


def js_number(s):
  s = s.strip()
  if s == '':
    return 0.0
  if JS_NUM.match(s):
    return float(s)
  if s in ('Infinity', '+Infinity', '-Infinity'):
    return float(s.replace('Infinity', 'inf'))
  return math.nan


DATE = re.compile(r'^\s*(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})'
                  r'(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?\s*$')


# An xsd date or dateTime as an aware datetime (UTC when no zone), or None.
def parse_date(s):
  m = DATE.match(s)
  if not m:
    return None
  y, mo, d, h, mi, sec, tz = m.groups()
  try:
    t = datetime.datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0),
                          int(sec or 0), tzinfo=datetime.timezone.utc)
  except (ValueError, OverflowError):
    return None
  if tz and tz != 'Z':
    sign = 1 if tz[0] == '+' else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[-2:]))
    t -= sign * off
  return t


def short(s, n=60):
  s = s.replace('\n', '\\n')
  return "'" + (s if len(s) <= n else s[:n] + '...') + "'"


class Checker:
  def __init__(self, doc, now, orgIds, orgPrefixes):
    self.doc = doc
    self.now = now
    self.orgIds = orgIds
    self.orgPrefixes = orgPrefixes
    self.broken = []        # (order, idx, line, severity)
    self.notes = {}         # note -> set of rule ids
    self.failures = []      # rules an XPath of which could not be evaluated
    self.cases = set()      # rule cases checked

  def note(self, text, rid):
    self.notes.setdefault(text, set()).add(rid)

  # A startswith against the registry's agency prefixes, without them.
  def offline(self, rule, case):
    return CAMEL.get(rule, rule) == 'startswith' and self.orgPrefixes is None \
      and case.get('prefix') in (['ORG-ID-PREFIX'], 'ORG-ID-PREFIX')

  # Count a case of the ruleset as checked, or note why it is not.
  def count(self, rule, case):
    rid = case.get('ruleInfo', {}).get('id', '?')
    if self.offline(rule, case):
      self.note('not checked offline: needs the registry list ORG-ID-PREFIX'
                ' (--org-id-prefixes)', rid)
    else:
      self.cases.add((rid, rule, json.dumps(case, sort_keys=True)))

  # Test one case of a rule on the element of index idx.
  def case(self, order, rule, case, idx):
    info = case.get('ruleInfo', {})
    rid = info.get('id', '?')
    sev = info.get('severity', 'error')
    try:
      detail = yield from self.test(rule, case, idx, rid)
    except XPathError as e:
      self.failures.append('%s: %s' % (rid, e))
      return
    if detail is not None:
      line = '%s %s at %s: %s (%s)' % (rid, sev, self.doc.label(idx),
                                       info.get('message', rule), detail)
      self.broken.append((order, idx, line, sev))

  # The test itself: None if the case holds or does not apply, else what
  # was found.
  def test(self, rule, case, idx, rid):
    rule = CAMEL.get(rule, rule)
    if self.offline(rule, case):
      return None
    if 'condition' in case:
      (c,) = yield from ask([Q(idx, 'bool', case['condition'])])
      if not c:
        return None
    paths = case.get('paths', [])
    prefixes = [p for p in case.get('prefix', []) if p != 'ORG-ID-PREFIX']
    excluded = case.get('excluded', [])
    dates = [k for k in ('less', 'more', 'date', 'start', 'end')
             if k in case and case[k] != 'NOW']
    extra = []
    if rule == 'one_or_all':
      if case['all'] not in ONE_OR_ALL:
        raise XPathError("one_or_all: unknown 'all' %r" % case['all'])
      extra = [case['one'], ONE_OR_ALL[case['all']]]
    exprs = paths + prefixes + excluded + ['(%s)[1]' % case[k] for k in dates] + extra
    want = [rule in VALUE_RULES] * len(paths)
    want += [True] * (len(exprs) - len(paths))
    for k in range(len(excluded)):
      want[len(paths) + len(prefixes) + k] = False
    if rule == 'one_or_all':
      want[-2] = False
    found = yield from nodes(self.doc, idx, exprs, want)
    pathNodes = found[:len(paths)]
    matches = [n for f in pathNodes for n in f]
    texts = [n.value for n in matches if n is not None]
    pos = len(paths)
    prefixNodes = [n for f in found[pos:pos + len(prefixes)] for n in f]
    pos += len(prefixes)
    excludedNodes = found[pos:pos + len(excluded)]
    pos += len(excluded)
    dateVal = {}
    for k in dates:
      dateVal[k] = found[pos][0].value if found[pos] else None
      pos += 1
    for k in ('less', 'more', 'date', 'start', 'end'):
      if case.get(k) == 'NOW':
        dateVal[k] = 'NOW'

    if 'idCondition' in case:
      cond = case['idCondition']
      if self.orgIds is None:
        self.note('idCondition %s taken as met offline: no registry list of '
                  'organisation identifiers (--org-ids)' % cond, rid)
      elif cond == 'NOT_EXISTING_ORG_ID':
        if any(t in self.orgIds for t in texts):
          return None
      elif cond == 'NOT_EXISTING_ORG_ID_PREFIX':
        if any(t.startswith(o + '-') for t in texts for o in self.orgIds):
          return None
      else:
        raise XPathError('unknown idCondition ' + cond)

    def where(ns, n=3):
      s = ', '.join('%s=%s' % (x.name, short(x.value, 40)) for x in ns[:n])
      return s + (', ...' if len(ns) > n else '')

    if rule == 'atleast_one':
      return None if matches else 'none of ' + ' | '.join(paths)
    if rule == 'no_more_than_one':
      return None if len(matches) <= 1 else '%d found: %s' % (len(matches), ' | '.join(paths))
    if rule == 'only_one_of':
      for ex in excludedNodes:
        if ex and matches:
          return '%d of %s found with %s' % (len(matches), ' | '.join(paths), excluded)
        if not ex and len(matches) != 1:
          return '%d of %s found' % (len(matches), ' | '.join(paths))
      return None
    if rule == 'dependent':
      have = [bool(f) for f in pathNodes]
      if any(have) and not all(have):
        return 'missing: ' + ', '.join(p for p, h in zip(paths, have) if not h)
      return None
    if rule == 'one_or_all':
      if found[pos]:
        return None
      bad = found[pos + 1]
      if not bad:
        return None
      return 'no %s, and %d without it: %s' % (
        case['one'], len(bad), ', '.join(self.doc.label(x.idx) for x in bad[:3])
        + (', ...' if len(bad) > 3 else ''))
    if rule in ('sum', 'strict_sum'):
      if rule == 'sum' and not matches:
        return None
      total = round(sum(js_number(t) for t in texts), 4)
      if total != float(case['sum']):
        return 'sum is %s, not %s' % (('%.4f' % total).rstrip('0').rstrip('.'), case['sum'])
      return None
    if rule in ('date_order', 'date_now', 'time_limit', 'between_dates'):
      d = {}
      for k, v in dateVal.items():
        d[k] = self.now if v == 'NOW' else (parse_date(v) if v is not None else None)
      if any(v is None for v in d.values()):
        return None
      if rule == 'date_order':
        if d['less'] <= d['more']:
          return None
        if dateVal['more'] == 'NOW':
          return '%s %s is after today, %s' % (case['less'], dateVal['less'],
                                               self.now.date().isoformat())
        return '%s %s is after %s %s' % (case['less'], dateVal['less'], case['more'],
                                         dateVal['more'])
      if rule == 'date_now':
        if d['date'] <= self.now:
          return None
        return '%s %s is in the future' % (case['date'], dateVal['date'])
      if rule == 'time_limit':
        days = int((d['end'] - d['start']).total_seconds() / 86400)
        return None if days <= 365 else '%d days from %s to %s' % (
          days, dateVal['start'], dateVal['end'])
      if d['start'] <= d['date'] <= d['end']:
        return None
      return '%s is not within %s to %s' % (dateVal['date'], dateVal['start'], dateVal['end'])
    if rule in ('regex_matches', 'regex_no_matches'):
      rx = re.compile(case['regex'])
      must = rule == 'regex_matches'
      bad = [n for n in matches if n.value != '' and bool(rx.search(n.value)) != must]
      if not bad:
        return None
      return '%s %s %s' % (where(bad), 'does not match' if must else 'matches', case['regex'])
    if rule == 'startswith':
      if case.get('prefix') in (['ORG-ID-PREFIX'], 'ORG-ID-PREFIX'):
        bad = [n for n in matches
               if '-'.join(n.value.split('-')[:2]) not in self.orgPrefixes]
        return None if not bad else '%s has no registered agency prefix' % where(bad)
      sep = case.get('separator', '')
      starts = [p.value + sep for p in prefixNodes]
      bad = [n for n in matches if not any(n.value.startswith(s) for s in starts)]
      if not bad:
        return None
      return '%s does not start with %s' % (
        where(bad), ' or '.join(short(s) for s in starts) or 'any prefix (none found)')
    if rule == 'unique':
      if len(set(texts)) == len(texts):
        return None
      dup = sorted({t for t in texts if texts.count(t) > 1})
      return 'repeated: %s' % ', '.join(short(t) for t in dup)
    if rule == 'if_then':
      a, b = yield from ask([Q(idx, 'bool', case['if']), Q(idx, 'bool', case['then'])])
      if not a or b:
        return None
      return 'if %s, then %s fails' % (case['if'], case['then'])
    if rule == 'range':
      lo = case.get('min')
      hi = case.get('max')
      bad = []
      for n in matches:
        v = js_number(n.value)
        if math.isnan(v) or (lo is not None and v < lo) or (hi is not None and v > hi):
          bad.append(n)
      return None if not bad else '%s outside %s to %s' % (where(bad), lo, hi)
    if rule == 'no_spaces':
      bad = [n for n in matches if n.value != n.value.strip()]
      return None if not bad else '%s starts or ends with white space' % where(bad)
    raise XPathError('rule type %s is not implemented' % rule)

  # A loop: every distinct value `foreach` selects is put for $1 in the
  # keys `subs` names of each case of `do`, and the case is tested.
  def loop(self, order, case, idx):
    try:
      (vals,) = yield from nodes(self.doc, idx, [case['foreach']])
    except XPathError as e:
      self.failures.append('loop %s: %s' % (case['foreach'], e))
      return
    groups = []
    for n in vals:
      if n.value not in groups:
        groups.append(n.value)
    subs = []
    for rule, rc in case['do'].items():
      for k, sub in enumerate(rc['cases']):
        for g in groups:
          c = dict(sub)
          for key in case.get('subs', []):
            if key not in c:
              continue
            if isinstance(c[key], str):
              c[key] = c[key].replace('$1', g)
            else:
              c[key] = [v.replace('$1', g) for v in c[key]]
          subs.append(self.case(order + (k,), rule, c, idx))
    yield from parallel(subs)

  # Every context of the ruleset: its elements, then each case on each.
  def run(self, ruleset):
    ctxs = list(ruleset.items())
    counts = yield from ask([Q(None, 'num', 'count(%s)' % c) for c, _ in ctxs])
    qs = []
    for (c, _), n in zip(ctxs, counts):
      for i in range(1, int(n) + 1):
        qs += [Q(None, 'num', 'count((%s)[%d]/ancestor::*)' % (c, i)),
               Q(None, 'num', 'count((%s)[%d]/preceding::*)' % (c, i))]
    vals = (yield from ask(qs)) if qs else []
    gens = []
    k = 0
    for ci, ((c, rules), n) in enumerate(zip(ctxs, counts)):
      elems = []
      for _ in range(int(n)):
        elems.append(int(vals[k] + vals[k + 1]))
        k += 2
      for ri, (rule, body) in enumerate(rules.items()):
        for cj, case in enumerate(body['cases']):
          order = (ci, ri, cj)
          if rule == 'loop':
            for r2, rc in case['do'].items():
              for sub in rc['cases']:
                self.count(r2, sub)
            for e in elems:
              gens.append(self.loop(order, case, e))
          else:
            self.count(rule, case)
            for e in elems:
              gens.append(self.case(order, rule, case, e))
    yield from parallel(gens)


def read_set(zFile):
  with open(zFile, encoding='utf-8') as f:
    return {ln.strip() for ln in f if ln.strip()}


def main(argv):
  zRules = RULESET
  now = datetime.datetime.now(datetime.timezone.utc)
  orgIds = orgPrefixes = None
  args = argv[1:]
  files = []
  while args:
    a = args.pop(0)
    if a in ('--ruleset', '--now', '--org-ids', '--org-id-prefixes') and not args:
      print('ruleset.py: %s needs a value' % a, file=sys.stderr)
      return 2
    if a == '--ruleset':
      zRules = args.pop(0)
    elif a == '--now':
      v = args.pop(0)
      now = parse_date(v)
      if now is None:
        print('ruleset.py: --now: not a date: %s' % v, file=sys.stderr)
        return 2
    elif a == '--org-ids':
      orgIds = read_set(args.pop(0))
    elif a == '--org-id-prefixes':
      orgPrefixes = read_set(args.pop(0))
    elif a.startswith('-'):
      print('ruleset.py: unknown option %s' % a, file=sys.stderr)
      return 2
    else:
      files.append(a)
  if len(files) != 1:
    print('usage: ruleset.py [--ruleset FILE] [--now DATE] [--org-ids FILE]'
          ' [--org-id-prefixes FILE] FILE.xml', file=sys.stderr)
    return 2
  with open(zRules, encoding='utf-8') as f:
    ruleset = json.load(f)
  try:
    doc = Doc(files[0])
  except (ET.ParseError, OSError) as e:
    print('ruleset.py: %s: %s' % (files[0], e), file=sys.stderr)
    return 2
  if doc.root.tag not in ('iati-activities', 'iati-organisations'):
    print('ruleset.py: %s: the root element is %s, not iati-activities or '
          'iati-organisations (without a namespace)' % (files[0], doc.root.tag),
          file=sys.stderr)
    return 2
  chk = Checker(doc, now, orgIds, orgPrefixes)
  try:
    drive(files[0], chk.run(ruleset))
  except XPathError as e:
    print('ruleset.py: %s' % e, file=sys.stderr)
    return 2
  nErr = nWarn = 0
  for _, _, line, sev in sorted(chk.broken, key=lambda b: (b[0], b[1])):
    print(line)
    if sev == 'error':
      nErr += 1
    else:
      nWarn += 1
  for text, ids in chk.notes.items():
    print('ruleset: %s: %s' % (text, ' '.join(sorted(ids))))
  for f in chk.failures:
    print('ruleset: cannot check %s' % f)
  print('ruleset: %d rules checked, %d errors, %d warnings'
        % (len(chk.cases), nErr, nWarn))
  if chk.failures:
    return 2
  return 1 if nErr else 0


if __name__ == '__main__':
  sys.exit(main(sys.argv))
