# t_crash.sh: the quick crash injection of `make test`: crash.sh with
# N=5 kills of each kind (CRASH_N to change; `make crash` runs N=100).
N=${CRASH_N:-5} exec sh "$(dirname "$0")/crash.sh"
