@echo off
rem runbook launcher (release archive) for Windows: runs lib\runbook.jar with Java 17 or newer.
rem Java: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on PATH.
rem Extra JVM options: RUNBOOK_JAVA_OPTS. Paths on the command line are relative to where you are.
setlocal
set "RUNBOOK_LIB=%~dp0..\lib"
set "RUNBOOK_JAR=%RUNBOOK_LIB%\runbook.jar"
if not exist "%RUNBOOK_JAR%" goto nojar

if not defined JAVA_HOME goto javaonpath
set "RUNBOOK_JAVACMD=%JAVA_HOME%\bin\java.exe"
if exist "%RUNBOOK_JAVACMD%" goto havejava
echo runbook: JAVA_HOME is %JAVA_HOME%, but %RUNBOOK_JAVACMD% is not there: point JAVA_HOME at a Java 17 or newer installation, or unset it to use java from PATH 1>&2
exit /b 2

:javaonpath
set "RUNBOOK_JAVACMD=java"
where java >nul 2>nul
if not errorlevel 1 goto havejava
echo runbook: no Java found: install Java 17 or newer and put it on PATH, or set JAVA_HOME 1>&2
exit /b 2

:havejava
rem Start-up: a class-data archive beside the jar, made on the first run when that folder is
rem writable, makes the JVM start about twice as fast.
rem Without an archive the option is the JVM's default, so the command line stays the same.
set "RUNBOOK_CDS=-Xshare:auto"
if exist "%RUNBOOK_LIB%\runbook.jsa" (
  set "RUNBOOK_CDS=-XX:SharedArchiveFile=%RUNBOOK_LIB%\runbook.jsa"
  goto gc
)
copy /y nul "%RUNBOOK_LIB%\.writable" >nul 2>nul
if errorlevel 1 goto gc
del "%RUNBOOK_LIB%\.writable" >nul 2>nul
set "RUNBOOK_CDS=-XX:ArchiveClassesAtExit=%RUNBOOK_LIB%\runbook.jsa"

:gc
rem A check uses the serial collector (it starts sooner); a site build the parallel one.
set "RUNBOOK_GC=-XX:+UseSerialGC"
if /i "%~1"=="build" set "RUNBOOK_GC=-XX:+UseParallelGC -XX:MaxTenuringThreshold=0"
if /i "%~1"=="serve" set "RUNBOOK_GC=-XX:+UseParallelGC -XX:MaxTenuringThreshold=0"

"%RUNBOOK_JAVACMD%" -XX:TieredStopAtLevel=1 %RUNBOOK_GC% -Xms1g -Xmn128m -Xss8m -Xlog:cds=off -Xlog:cds+dynamic=off "%RUNBOOK_CDS%" %RUNBOOK_JAVA_OPTS% -jar "%RUNBOOK_JAR%" %*
exit /b %ERRORLEVEL%

:nojar
echo runbook: %RUNBOOK_JAR% is missing: unpack the release archive again 1>&2
exit /b 3
