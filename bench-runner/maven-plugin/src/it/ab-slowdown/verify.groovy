def log = new File(basedir, 'build.log').text
assert log.contains('building the base (HEAD)'): 'the base was not built from the git ref'
assert log =~ /arraybench ab: regression: SumBenchmark\.sum/: 'build.log does not name the regressed benchmark'
assert new File(basedir, 'target/arraybench/ab/compare.md').isFile()
return true
