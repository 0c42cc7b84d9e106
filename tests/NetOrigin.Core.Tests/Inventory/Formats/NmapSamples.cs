namespace NetOrigin.Tests.Inventory.Formats;

/// <summary>Nmap XML as nmap 7.93 writes it for -sV -O, trimmed to what the reader uses.</summary>
public static class NmapSamples
{
    public const string Scan = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE nmaprun>
        <nmaprun scanner="nmap" args="nmap -sV -O -oX scan.xml 192.0.2.0/29" start="1796163143" version="7.93" xmloutputversion="1.05">
        <host starttime="1796163143" endtime="1796163159"><status state="up" reason="arp-response" reason_ttl="0"/>
        <address addr="192.0.2.1" addrtype="ipv4"/>
        <address addr="00:E0:FC:12:34:56" addrtype="mac" vendor="Huawei Technologies"/>
        <hostnames><hostname name="pe-1.example.net" type="PTR"/></hostnames>
        <ports>
        <port protocol="tcp" portid="22"><state state="open" reason="syn-ack" reason_ttl="64"/><service name="ssh" product="HUAWEI VRP sshd" method="probed" conf="10"><cpe>cpe:/o:huawei:vrp</cpe></service></port>
        <port protocol="tcp" portid="8443"><state state="open" reason="syn-ack" reason_ttl="64"/><service name="unknown" method="table" conf="3" servicefp="SF-Port8443-TCP:V=7.93%I=7%D=12/1%Time=6B0F4650%P=x86_64-pc-linux-gnu%r(NULL,1A,&quot;SSH-2\.0-HUAWEI-1\.5\r\n&quot;)%r(GetRequest,5B,&quot;HTTP/1\.1\x20401\x20Unauthorized\r\nServer:\x20Huawei\x20Web\x20Server\r\nWWW-Authenticate:\x20Basic\x20realm=\&quot;NE40E\&quot;\r\n\r\n&lt;title&gt;Login&lt;/title&gt;&quot;);"/></port>
        <port protocol="tcp" portid="23"><state state="closed" reason="reset" reason_ttl="64"/><service name="telnet" method="table" conf="3"/></port>
        </ports>
        <os><osmatch name="Huawei VRP 8" accuracy="96" line="1"><osclass type="router" vendor="Huawei" osfamily="VRP" osgen="8.X" accuracy="96"><cpe>cpe:/o:huawei:vrp:8</cpe></osclass></osmatch>
        <osmatch name="Linux 3.2" accuracy="80" line="2"><osclass type="general purpose" vendor="Linux" osfamily="Linux" accuracy="80"><cpe>cpe:/o:linux:linux_kernel:3.2</cpe></osclass></osmatch></os>
        </host>
        <host><status state="down" reason="no-response" reason_ttl="0"/><address addr="192.0.2.2" addrtype="ipv4"/></host>
        <runstats><finished time="1796163159" elapsed="16.22" exit="success"/><hosts up="1" down="1" total="2"/></runstats>
        </nmaprun>
        """;
}
