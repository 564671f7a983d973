/*
** gen_db.c: the deterministic input of bench/http.
**
**   gen_db FIXTURE.json OBS.csv
**
** Writes FIXTURE.json, an accord-fixture-1 file (`accord load`) with
** NDIAL dialogues, each with 2 parties, 2 people, 7 framework areas and
** their working groups, 4 benefits, NIND indicators (6 monthly, 2
** yearly), 15 goals of every kind, 10 roadmap steps, 2 meetings and 3
** risks, everything classified public; and OBS.csv, exactly NOBS
** observations of those indicators in the format of `accord import
** observations`:
**
**   indicator,period,value,source,note
**   bench-01/ind/m1,1795-04,104.31,bench/src/stat,
**
** Per dialogue, goal i sits in area i%7:
**   0-5   growth, +4..+9 % a year on monthly indicators m1..m6 (the four
**         flows aggregate by sum, m5 is a stock (last), m6 a rate (mean)),
**         baseline 2022, deadline 2030-12-31, compounding except goal 3;
**   6-7   level goals on m5 and m6, 30 % above their 2022 level by 2029;
**   8-9   count_period: at least 3 a year, on the yearly counts y1, y2;
**   10    count_window: at least 20 on y1 between 2020 and 2027;
**   11-14 milestones: achieved, under way, unstarted close to its
**         deadline, and past its deadline.
** The yearly indicators have one value for each year 2015..2026; the 360
** monthly ones share the rest of the 1,000,000 rows, each a run of
** consecutive months that ends in 2026-09, so every (indicator, period,
** source) occurs once.  Monthly series are flat until 2015 and grow from
** then at a rate that depends on the indicator (-2 .. +12 % a year), so
** the goals get a mix of statuses.  Values come from a fixed xorshift
** generator: the same program writes the same bytes on every machine.
**
** It prints "DIALOGUES GOALS OBSERVATIONS" to stdout.
*/
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NDIAL 60             /* dialogues */
#define NAREA 7              /* areas (and working groups) per dialogue */
#define NMON 6               /* monthly indicators per dialogue */
#define NYEAR 2              /* yearly indicators per dialogue */
#define NGOAL 15             /* goals per dialogue */
#define NSTEP 10             /* roadmap steps per dialogue */
#define NOBS 1000000         /* observations in all */
#define YEAR_FIRST 2015      /* yearly series: YEAR_FIRST..YEAR_LAST */
#define YEAR_LAST 2026
#define END_MONTH (2026*12 + 8)   /* last month of monthly series: 2026-09 */

static uint64_t rng = 0x2545F4914F6CDD1Dull;
static uint64_t next_rand(void){
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}
/* A uniform number in [0, 1). */
static double unif(void){
  return (double)(next_rand() >> 11) / 9007199254740992.0;
}

static const char *const azArea[NAREA] = {
  "Economic, trade and technological cooperation",
  "Energy and infrastructure",
  "Security and defence",
  "Political dialogue and the rule of law",
  "Science, education and people-to-people ties",
  "Environment and climate",
  "Media, culture and digital society",
};
static const char *const azAreaSr[NAREA] = {
  "Ekonomska, trgovinska i tehnolo\xc5\xa1ka saradnja",
  "Energetika i infrastruktura",
  "Bezbednost i odbrana",
  "Politi\xc4\x8dki dijalog i vladavina prava",
  "Nauka, obrazovanje i veze me\xc4\x91u ljudima",
  "\xc5\xbdivotna sredina i klima",
  "Mediji, kultura i digitalno dru\xc5\xa1tvo",
};
/* Monthly indicators: name, unit, aggregation, level in 2015, growth a
** year from 2015 (indexed by (dialogue+i) % NMON so dialogues differ). */
static const struct { const char *zName, *zUnit, *zAgg; double rBase; }
aMon[NMON] = {
  { "Goods trade, both directions", "million USD", "sum", 80.0 },
  { "Services trade, both directions", "million USD", "sum", 35.0 },
  { "Foreign direct investment inflows", "million USD", "sum", 20.0 },
  { "Tourist arrivals from the partner", "thousand persons", "sum", 12.0 },
  { "Employees of partner-owned companies", "thousand persons", "last",
    25.0 },
  { "Share of exports in high technology", "percent", "mean", 8.0 },
};
static const double arGrowth[NMON] = { 0.12, 0.09, 0.06, 0.03, 0.0, -0.02 };
static const char *const azYear[NYEAR] = {
  "Joint military exercises", "Diplomats trained in joint programmes"
};

/* Goal titles, by goal number. */
static const char *const azGoal[NGOAL] = {
  "Increase goods trade by 8 % a year",
  "Increase services trade by 7 % a year",
  "Increase foreign direct investment by 6 % a year",
  "Increase tourist arrivals by 5 % a year (simple growth)",
  "Increase employment in partner-owned companies by 4 % a year",
  "Raise the high-technology share of exports by 9 % a year",
  "Employment in partner-owned companies 30 % above 2022 by 2029",
  "High-technology share of exports 30 % above 2022 by 2029",
  "At least three joint military exercises a year",
  "Train at least three diplomats a year in joint programmes",
  "Twenty joint exercises between 2020 and 2027",
  "Sign the agreement on the avoidance of double taxation",
  "Open a development finance office",
  "Conclude the science and technology agreement",
  "Establish a joint chamber of commerce",
};

/* The code of dialogue d (0-based): "bench-01". */
static void dcode(int d, char z[16]){
  snprintf(z, 16, "bench-%02d", d+1);
}

static void fixture(FILE *f, int *pnGoal){
  int d, i;
  char zD[16];
  const char *zSep;
  fprintf(f, "{\n\"format\": \"accord-fixture-1\",\n\"sources\": [\n"
    "{\"code\": \"bench/src/stat\", \"title\": \"Benchmark statistics "
    "office, monthly and yearly series\", \"publisher\": \"bench/gen_db\", "
    "\"published_on\": \"2026-10-15\"}\n],\n");

  fprintf(f, "\"dialogues\": [\n");
  for(d=0; d<NDIAL; d++){
    dcode(d, zD);
    fprintf(f, "%s{\"code\": \"%s\", \"title\": \"Strategic dialogue %02d: "
      "Partner %02d and Partner %02d\", \"state\": \"%s\", "
      "\"launched_year\": %d, \"launched_on\": \"%d-03-%02d\", "
      "\"launched_at\": \"Capital %02d\", \"launch_source_id\": "
      "\"bench/src/stat\", \"focus\": \"economy, energy, security, "
      "science and people-to-people ties\", \"long_term_goal\": \"A "
      "comprehensive strategic partnership within ten years.\", "
      "\"target_on\": \"2034-06-30\", \"classification\": \"public\"}\n",
      d ? "," : "", zD, d+1, 2*d+1, 2*d+2,
      d%3==0 ? "comprehensive" : d%3==1 ? "established" : "negotiation",
      2018 + d%6, 2018 + d%6, 1 + d%28, d+1);
  }
  fprintf(f, "],\n\"parties\": [\n");
  zSep = "";
  for(d=0; d<NDIAL; d++){
    dcode(d, zD);
    for(i=0; i<2; i++){
      fprintf(f, "%s{\"dialogue_id\": \"%s\", \"code\": \"%s/%c\", "
        "\"name\": \"Partner %02d\", \"name_sr\": \"Partner %02d\"}\n",
        zSep, zD, zD, 'a'+i, 2*d+i+1, 2*d+i+1);
      zSep = ",";
    }
  }
  fprintf(f, "],\n\"people\": [\n");
  zSep = "";
  for(d=0; d<NDIAL; d++){
    dcode(d, zD);
    for(i=0; i<2; i++){
      fprintf(f, "%s{\"code\": \"%s/person/%c\", \"name\": \"Co-chair %c "
        "of dialogue %02d\", \"party_id\": \"%s/%c\", \"position\": "
        "\"Deputy minister\"}\n", zSep, zD, 'a'+i, 'A'+i, d+1, zD, 'a'+i);
      zSep = ",";
    }
  }
  fprintf(f, "],\n\"areas\": [\n");
  zSep = "";
  for(d=0; d<NDIAL; d++){
    dcode(d, zD);
    for(i=0; i<NAREA; i++){
      fprintf(f, "%s{\"dialogue_id\": \"%s\", \"code\": \"%s/area/%d\", "
        "\"area_set\": \"agreement\", \"name\": \"%s\", \"name_sr\": "
        "\"%s\", \"description\": \"Framework area %d of the agreement.\", "
        "\"position\": %d}\n", zSep, zD, zD, i+1, azArea[i], azAreaSr[i],
        i+1, i+1);
      zSep = ",";
    }
  }
  fprintf(f, "],\n\"working_groups\": [\n");
  zSep = "";
  for(d=0; d<NDIAL; d++){
    dcode(d, zD);
    for(i=0; i<NAREA; i++){
      fprintf(f, "%s{\"dialogue_id\": \"%s\", \"area_id\": \"%s/area/%d\", "
        "\"code\": \"%s/wg/%d\", \"name\": \"Working group: %s\", "
        "\"mandate\": \"Design and monitor the projects of the area.\", "
        "\"formed_on\": \"2024-0%d-15\"}\n", zSep, zD, zD, i+1, zD, i+1,
        azArea[i], 1 + i%9);
      zSep = ",";
    }
  }
  fprintf(f, "],\n\"benefits\": [\n");
  zSep = "";
  for(d=0; d<NDIAL; d++){
    dcode(d, zD);
    for(i=0; i<4; i++){
      fprintf(f, "%s{\"dialogue_id\": \"%s\", \"party_id\": \"%s/%c\", "
        "\"code\": \"%s/benefit/%d\", \"text\": \"Benefit %d: more trade, "
        "investment and exchange\", \"position\": %d}\n", zSep, zD, zD,
        'a' + i%2, zD, i+1, i+1, i+1);
      zSep = ",";
    }
  }
  fprintf(f, "],\n\"indicators\": [\n");
  zSep = "";
  for(d=0; d<NDIAL; d++){
    dcode(d, zD);
    for(i=0; i<NMON; i++){
      fprintf(f, "%s{\"dialogue_id\": \"%s\", \"code\": \"%s/ind/m%d\", "
        "\"name\": \"%s\", \"unit\": \"%s\", \"frequency\": \"month\", "
        "\"aggregation\": \"%s\", \"statistics_of\": \"Partner %02d\", "
        "\"owner_id\": \"%s/person/a\", \"description\": \"Monthly series "
        "of the benchmark.\", \"classification\": \"public\"}\n", zSep, zD,
        zD, i+1, aMon[i].zName, aMon[i].zUnit, aMon[i].zAgg, 2*d+1, zD);
      zSep = ",";
    }
    for(i=0; i<NYEAR; i++){
      fprintf(f, ",{\"dialogue_id\": \"%s\", \"code\": \"%s/ind/y%d\", "
        "\"name\": \"%s\", \"unit\": \"count\", \"frequency\": \"year\", "
        "\"aggregation\": \"sum\", \"owner_id\": \"%s/person/b\", "
        "\"classification\": \"public\"}\n", zD, zD, i+1, azYear[i], zD);
    }
  }
  fprintf(f, "],\n\"goals\": [\n");
  zSep = "";
  *pnGoal = 0;
  for(d=0; d<NDIAL; d++){
    dcode(d, zD);
    for(i=0; i<NGOAL; i++){
      fprintf(f, "%s{\"dialogue_id\": \"%s\", \"area_id\": \"%s/area/%d\", "
        "\"wg_id\": \"%s/wg/%d\", \"code\": \"%s/goal/%02d\", \"title\": "
        "\"%s\", \"owner_id\": \"%s/person/%c\", \"means\": \"Joint "
        "projects of the working group.\", \"classification\": \"public\"",
        zSep, zD, zD, i%NAREA + 1, zD, i%NAREA + 1, zD, i+1, azGoal[i], zD,
        'a' + i%2);
      zSep = ",";
      if( i<6 ){
        fprintf(f, ", \"kind\": \"growth\", \"indicator_id\": "
          "\"%s/ind/m%d\", \"target\": %d, \"period\": \"year\", "
          "\"compounding\": %s, \"baseline_period\": \"2022\", "
          "\"start_on\": \"2023-01-01\", \"deadline\": \"2030-12-31\"",
          zD, i+1, 8-i+(i==5 ? 6 : 0), i==3 ? "false" : "true");
      }else if( i<8 ){
        fprintf(f, ", \"kind\": \"level\", \"indicator_id\": \"%s/ind/m%d\","
          " \"target\": %.1f, \"baseline_period\": \"2022\", \"start_on\": "
          "\"2023-01-01\", \"deadline\": \"2029-12-31\"", zD, i-1,
          1.3*aMon[i-2].rBase);
      }else if( i<10 ){
        fprintf(f, ", \"kind\": \"count_period\", \"indicator_id\": "
          "\"%s/ind/y%d\", \"target\": 3, \"period\": \"year\", "
          "\"start_on\": \"2018-01-01\"", zD, i-7);
      }else if( i==10 ){
        fprintf(f, ", \"kind\": \"count_window\", \"indicator_id\": "
          "\"%s/ind/y1\", \"target\": 20, \"start_on\": \"2020-01-01\", "
          "\"deadline\": \"2027-12-31\"", zD);
      }else if( i==11 ){
        fprintf(f, ", \"kind\": \"milestone\", \"started_on\": "
          "\"2023-02-01\", \"achieved_on\": \"2024-11-20\", \"deadline\": "
          "\"2025-06-30\"");
      }else if( i==12 ){
        fprintf(f, ", \"kind\": \"milestone\", \"started_on\": "
          "\"2025-05-01\", \"deadline\": \"2028-12-31\"");
      }else if( i==13 ){
        fprintf(f, ", \"kind\": \"milestone\", \"deadline\": "
          "\"2027-01-31\"");
      }else{
        fprintf(f, ", \"kind\": \"milestone\", \"deadline\": "
          "\"2025-12-31\", \"note\": \"Waiting for the partner's "
          "registry.\"");
      }
      fprintf(f, "}\n");
      (*pnGoal)++;
    }
  }
  fprintf(f, "],\n\"steps\": [\n");
  zSep = "";
  for(d=0; d<NDIAL; d++){
    dcode(d, zD);
    for(i=0; i<NSTEP; i++){
      int y = 2022 + i/2, m = i%2 ? 12 : 6;
      fprintf(f, "%s{\"dialogue_id\": \"%s\", \"code\": \"%s/step/%02d\", "
        "\"position\": %d, \"title\": \"Step %d of the roadmap: %s\", "
        "\"planned_label\": \"%s %d\", \"planned_on\": \"%d-%02d-%d\"",
        zSep, zD, zD, i+1, i+1, i+1, azArea[i%NAREA],
        m==6 ? "mid" : "end", y, y, m, m==6 ? 30 : 31);
      zSep = ",";
      if( i<5 ){
        fprintf(f, ", \"started_on\": \"%d-01-10\", \"done_on\": "
          "\"%d-%02d-%02d\"", y, y, i%2 ? m : m+1, 10 + i);
      }else if( i==5 ){
        fprintf(f, ", \"ongoing\": true");
      }
      fprintf(f, "}\n");
    }
  }
  fprintf(f, "],\n\"meetings\": [\n");
  zSep = "";
  for(d=0; d<NDIAL; d++){
    dcode(d, zD);
    for(i=0; i<2; i++){
      fprintf(f, "%s{\"dialogue_id\": \"%s\", \"code\": \"%s/mtg/%d\", "
        "\"kind\": \"%s\", \"title\": \"%s of dialogue %02d\", \"level\": "
        "\"Foreign ministers\", \"held_on\": \"%d-04-2%d\", \"place\": "
        "\"Capital %02d\", \"state\": \"held\", \"classification\": "
        "\"public\"}\n", zSep, zD, zD, i+1,
        i ? "annual_review" : "inaugural",
        i ? "Annual review" : "Inaugural meeting", d+1, 2024+i, i, d+1);
      zSep = ",";
    }
  }
  fprintf(f, "],\n\"risks\": [\n");
  zSep = "";
  for(d=0; d<NDIAL; d++){
    dcode(d, zD);
    for(i=0; i<3; i++){
      static const char *const azLevel[3] = { "low", "medium", "high" };
      fprintf(f, "%s{\"dialogue_id\": \"%s\", \"code\": \"%s/risk/%d\", "
        "\"description\": \"Risk %d: the public misperceives the dialogue\","
        " \"likelihood\": \"%s\", \"impact\": \"%s\", \"owner_id\": "
        "\"%s/person/a\", \"mitigation\": \"Inform the public.\", "
        "\"review_on\": \"2027-0%d-01\", \"state\": \"open\", "
        "\"classification\": \"public\"}\n", zSep, zD, zD, i+1, i+1,
        azLevel[i], azLevel[2-i], zD, i+1);
      zSep = ",";
    }
  }
  fprintf(f, "]\n}\n");
}

/* Write value v (>= 0) with two decimals. */
static void put_value(FILE *f, double v){
  long long c = llround(v*100.0);
  if( c<0 ) c = 0;
  fprintf(f, "%lld.%02lld", c/100, c%100);
}

static long observations(FILE *f){
  const int nYearRows = NDIAL*NYEAR*(YEAR_LAST-YEAR_FIRST+1);
  const long nMonRows = NOBS - nYearRows;
  const int nSeries = NDIAL*NMON;
  long n = 0;
  int d, i;
  char zD[16];
  fprintf(f, "indicator,period,value,source,note\n");
  for(d=0; d<NDIAL; d++){
    dcode(d, zD);
    for(i=0; i<NMON; i++){
      int s = d*NMON + i;
      long len = nMonRows/nSeries + (s < nMonRows%nSeries ? 1 : 0), k;
      double g = arGrowth[(d+i)%NMON];
      for(k=0; k<len; k++){
        int m = END_MONTH - (int)(len-1-k);
        double t = (m - 2015*12)/12.0;
        double v = aMon[i].rBase*(t>0 ? pow(1.0+g, t) : 1.0)
                   *(0.95 + 0.1*unif());
        fprintf(f, "%s/ind/m%d,%04d-%02d,", zD, i+1, m/12, m%12 + 1);
        put_value(f, v);
        fprintf(f, ",bench/src/stat,\n");
        n++;
      }
    }
    for(i=0; i<NYEAR; i++){
      int y;
      for(y=YEAR_FIRST; y<=YEAR_LAST; y++){
        fprintf(f, "%s/ind/y%d,%d,%d,bench/src/stat,\n", zD, i+1, y,
                (int)(next_rand()%6));
        n++;
      }
    }
  }
  return n;
}

int main(int argc, char **argv){
  FILE *f;
  int nGoal;
  long nObs;
  static char aBuf[1<<20];
  if( argc!=3 ){
    fprintf(stderr, "usage: gen_db FIXTURE.json OBS.csv\n");
    return 1;
  }
  if( (f = fopen(argv[1], "w"))==0 ){ perror(argv[1]); return 1; }
  fixture(f, &nGoal);
  if( fclose(f) ){ perror(argv[1]); return 1; }
  if( (f = fopen(argv[2], "w"))==0 ){ perror(argv[2]); return 1; }
  setvbuf(f, aBuf, _IOFBF, sizeof(aBuf));
  nObs = observations(f);
  if( fclose(f) ){ perror(argv[2]); return 1; }
  printf("%d %d %ld\n", NDIAL, nGoal, nObs);
  return 0;
}
