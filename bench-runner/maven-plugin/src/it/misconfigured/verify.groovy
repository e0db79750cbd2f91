def log = new File(basedir, 'build.log').text
def errors = log.readLines().findAll { it.contains('arraybench: ab needs a base') }
assert !errors.isEmpty(): 'no clear error about the missing base'
assert !log.contains('Exception in thread'): 'a stack trace instead of one line'
return true
