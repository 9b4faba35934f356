def log = new File(basedir, 'build.log').text
def folder = new File(basedir, 'ops/runbooks').absolutePath

assert log.contains('BUILD FAILURE')
assert log.contains("runbookDirectory ${folder} is not an existing folder: create it, "
    + 'or point runbookDirectory at the folder that holds your runbooks')
assert !log.contains('NullPointerException')
