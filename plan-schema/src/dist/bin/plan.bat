@echo off
rem plan: the councilplan command line (validate, trace, gaps, diff, render).
rem Runs lib\plan-cli.jar on the java of JAVA_HOME, or the first java on the PATH (Java 17 or
rem later). The JIT compiles with its first tier only (-XX:TieredStopAtLevel=1), as a command runs
rem too short for the optimising tier to repay its compile time. PLAN_JAVA_OPTS adds options to
rem java after that one (such as -Xmx256m). The cache of classes that bin/plan makes (a
rem class-data-sharing archive, or an AOT cache on Java 25) is not made here.
setlocal
set "PLAN_HOME=%~dp0.."
if defined JAVA_HOME (
  set "PLAN_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "PLAN_JAVA=java"
)
"%PLAN_JAVA%" -XX:TieredStopAtLevel=1 %PLAN_JAVA_OPTS% -jar "%PLAN_HOME%\lib\plan-cli.jar" %*
exit /b %ERRORLEVEL%
