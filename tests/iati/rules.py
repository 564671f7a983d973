#!/usr/bin/env python3
# rules.py FILE.xml: check the IATI 2.03 meaning rules the schema cannot
# (docs/iati.md), on a file written by `accord export iati`.  Prints one
# line per broken rule and "rules: N checked, N broken"; exits 1 if any
# rule is broken.
#
#   - a period's period-start is before its period-end;
#   - baseline, target and actual carry a numeric @value for indicator
#     measures 1 to 4, and no @value for measure 5 (qualitative);
#   - a result has a reference at result level or at indicator level,
#     not both;
#   - iati-identifier starts with reporting-org/@ref;
#   - the activity declares its default language, and every narrative
#     with xml:lang is English or Serbian.
import sys
import xml.etree.ElementTree as ET

XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'
checked = 0
broken = 0


def rule(ok, msg):
    global checked, broken
    checked += 1
    if not ok:
        broken += 1
        print('broken: ' + msg)


def is_number(z):
    try:
        float(z)
        return True
    except (TypeError, ValueError):
        return False


root = ET.parse(sys.argv[1]).getroot()
rule(root.tag == 'iati-activities' and root.get('version') == '2.03',
     'root is iati-activities version 2.03')
for act in root.iter('iati-activity'):
    ident = act.findtext('iati-identifier') or ''
    ref = act.find('reporting-org').get('ref') or ''
    rule(ident.startswith(ref), 'identifier %s starts with %s' % (ident, ref))
    rule(act.get(XML_LANG) == 'en', '%s: default language en' % ident)
    for n in act.iter('narrative'):
        rule(n.get(XML_LANG) in (None, 'en', 'sr'),
             'narrative language %s' % n.get(XML_LANG))
        rule((n.text or '').strip() != '', 'narrative not empty')
    for res in act.iter('result'):
        title = res.findtext('title/narrative')
        at_result = res.find('reference') is not None
        for ind in res.findall('indicator'):
            at_ind = ind.find('reference') is not None
            rule(not (at_result and at_ind),
                 '%s: reference at result or indicator level, not both'
                 % title)
            measure = ind.get('measure')
            rule(measure in ('1', '2', '3', '4', '5'),
                 '%s: measure %s' % (title, measure))
            values = ind.findall('baseline') + ind.findall('period/target') \
                + ind.findall('period/actual')
            for v in values:
                if measure == '5':
                    rule(v.get('value') is None,
                         '%s: qualitative %s without value' % (title, v.tag))
                else:
                    rule(is_number(v.get('value')),
                         '%s: %s value %s is a number'
                         % (title, v.tag, v.get('value')))
            for per in ind.findall('period'):
                s = per.find('period-start').get('iso-date')
                e = per.find('period-end').get('iso-date')
                rule(s < e, '%s: period %s before %s' % (title, s, e))
print('rules: %d checked, %d broken' % (checked, broken))
sys.exit(1 if broken else 0)
