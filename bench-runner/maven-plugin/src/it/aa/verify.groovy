def log = new File(basedir, 'build.log').text
assert log.contains('arraybench ab --baseline-jar'): 'ab did not run'
assert !log.contains('regression:'): 'an A/A gate reported a regression'
assert log.contains('BUILD SUCCESS')
return true
