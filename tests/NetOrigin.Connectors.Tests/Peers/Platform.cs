// The peers (snmpd, snmpsim, nmap) are Debian programs: these tests run on Linux.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
