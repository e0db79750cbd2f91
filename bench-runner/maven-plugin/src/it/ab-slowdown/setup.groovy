// The base commit holds the fast kernel; the working tree (this build's jar) the slow one.
def git(String... args) {
    def command = ['git', '-c', 'user.name=it', '-c', 'user.email=it@example.invalid'] + args.toList()
    def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0: "${command.join(' ')}: ${output}"
}
git('init', '-q')
git('add', 'pom.xml', 'src')
git('commit', '-q', '-m', 'fast kernel')
new File(basedir, 'src/main/java/sample/Kernel.java').text = new File(basedir, 'slower/Kernel.java').text
return true
