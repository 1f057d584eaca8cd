@echo off
rem Reckon's launcher for Windows: finds a JDK 25 (JAVA_HOME, else the java on PATH) and runs
rem Reckon with the fixed options and the serial collector. The start-up policy of bin/reckon
rem (short JVM and AOT cache for warm builds, Graal JIT for big cold ones) is not applied here.
setlocal
set "RECKON_LIB=%~dp0..\lib"
if defined JAVA_HOME (set "RECKON_JAVA=%JAVA_HOME%\bin\java.exe") else (set "RECKON_JAVA=java")
"%RECKON_JAVA%" -version 2>&1 | findstr /C:"version \"25" >nul
if errorlevel 1 (
  echo reckon: no JDK 25 found at JAVA_HOME or on PATH; install one, e.g. Temurin 25, and set JAVA_HOME to it 1>&2
  exit /b 2
)
"%RECKON_JAVA%" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Xss8m -Djava.awt.headless=true -XX:+UseSerialGC -cp "%RECKON_LIB%\*" dev.reckon.cli.Main %*
exit /b %ERRORLEVEL%
