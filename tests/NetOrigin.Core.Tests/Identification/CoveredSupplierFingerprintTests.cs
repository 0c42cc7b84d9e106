using NetOrigin.Identification.Fingerprints;
using NetOrigin.Inventory;

namespace NetOrigin.Tests.Identification;

/// <summary>
/// The shipped fingerprints find the covered suppliers in their usual disguises, and never name one for a
/// look-alike: H3C and 3Com gear with VRP heritage, Huawei software on a PC, brands that rebrand covered makers'
/// designs under their own name, and makers whose model numbers resemble the covered ones'.
/// </summary>
public class CoveredSupplierFingerprintTests
{
    private static readonly string[] Covered = ["Huawei", "ZTE", "Hikvision", "Dahua", "Hytera", "HiLook", "HiWatch", "EZVIZ", "Imou", "Sepura", "HiSilicon"];

    private static readonly Lazy<FingerprintCatalog> Shipped = new(() =>
        FingerprintCatalog.Load([(Path.Combine(TestData.Directory, "fingerprints"), "data/fingerprints")]));

    private static string? Maker(IdentifierKind kind, string text)
    {
        var match = (kind == IdentifierKind.EntModelName ? Shipped.Value.ModelNumbers : Shipped.Value.For(kind)).First(text);
        return match?.HwVendor ?? match?.OsVendor;
    }

    [Theory]
    [InlineData(IdentifierKind.SysDescr, "Huawei Versatile Routing Platform Software VRP (R) software, Version 5.170 (S6720 V200R019C10SPC500)", "Huawei")]
    [InlineData(IdentifierKind.SysDescr, "Huawei Integrated Access Software", "Huawei")]
    [InlineData(IdentifierKind.SysDescr, "Versatile Routing Platform Software, Version 5.160", "Huawei")]
    [InlineData(IdentifierKind.SysDescr, "VRP (R) software, Version 5.170 (S5735 V200R021C00)", "Huawei")]
    [InlineData(IdentifierKind.SysDescr, "ZXROS Version V4.08.23 for ZXR10 5250", "ZTE")]
    [InlineData(IdentifierKind.SysDescr, "ZXR10 ROS Version V4.8.23 ZXR10 5960-56QU-HI Software", "ZTE")]
    [InlineData(IdentifierKind.SshBanner, "SSH-1.99-HUAWEI-1.5", "Huawei")]
    [InlineData(IdentifierKind.TelnetBanner, "\r\n>>User name:", "Huawei")]
    [InlineData(IdentifierKind.TelnetBanner, "F680  Login: ", "ZTE")]
    [InlineData(IdentifierKind.TelnetBanner, "dvrdvs login:", "Hikvision")]
    [InlineData(IdentifierKind.HttpServer, "DVRDVS-Webs", "Hikvision")]
    [InlineData(IdentifierKind.HttpServer, "Mini web server 1.0 ZTE corp 2005.", "ZTE")]
    [InlineData(IdentifierKind.HttpWwwAuthenticate, "Digest realm=\"DS-2CD2T47G2-L\", qop=\"auth\", nonce=\"x\"", "Hikvision")]
    [InlineData(IdentifierKind.HttpWwwAuthenticate, "Digest realm=\"Login to 5F07B49PAGE1234\", qop=\"auth\"", "Dahua")]
    [InlineData(IdentifierKind.RtspServer, "Dahua Rtsp Server/2.0", "Dahua")]
    [InlineData(IdentifierKind.SipUserAgent, "F670L/V1.1.20P3N4", "ZTE")]
    [InlineData(IdentifierKind.SipUserAgent, "HUAWEI-EchoLife HG8245Q2/V3R017C10S206", "Huawei")]
    [InlineData(IdentifierKind.TlsSubject, "C=CN, ST=ZJ, L=HZ, O=Hikvision, OU=DVR, CN=192.0.0.64", "Hikvision")]
    [InlineData(IdentifierKind.TlsIssuer, "CN=Huawei Equipment CA, O=Huawei, C=CN", "Huawei")]
    [InlineData(IdentifierKind.EntModelName, "DS-9664NI-I8", "Hikvision")]
    [InlineData(IdentifierKind.EntModelName, "IPC-HDW3441TM-AS", "Dahua")]
    [InlineData(IdentifierKind.EntModelName, "MA5800-X15", "Huawei")]
    [InlineData(IdentifierKind.EntModelName, "S5720-28X-SI-AC", "Huawei")]
    [InlineData(IdentifierKind.EntModelName, "AC6508", "Huawei")]
    [InlineData(IdentifierKind.EntModelName, "AR2220-S", "Huawei")]
    [InlineData(IdentifierKind.EntModelName, "FusionServer 2288H V5", "Huawei")]
    [InlineData(IdentifierKind.EntModelName, "ZXA10 C320", "ZTE")]
    [InlineData(IdentifierKind.EntModelName, "PD985", "Hytera")]
    [InlineData(IdentifierKind.EntModelName, "HWN-4108MH", "HiWatch")]
    public void Covered_suppliers_are_found(IdentifierKind kind, string text, string expected) =>
        Assert.Equal(expected, Maker(kind, text));

    [Theory]
    [InlineData(IdentifierKind.SysDescr, "Huawei-3Com Versatile Routing Platform Software VRP (tm) software, Version 3.30")]
    [InlineData(IdentifierKind.SysDescr, "Quidway S3552G-EI Copyright (c) 2004-2006 Huawei-3Com Technologies Co., Ltd.")]
    [InlineData(IdentifierKind.EntModelName, "Huawei-3Com Quidway S3526E")]
    [InlineData(IdentifierKind.SshBanner, "SSH-2.0-HUAWEI-3COM-1.5")]
    [InlineData(IdentifierKind.SysDescr, "H3C Comware Platform Software, Software Version 7.1.070, Release 3506P06 H3C S6520X-54QC-EI")]
    [InlineData(IdentifierKind.SysDescr, "3Com Router 5232 Software Extended_V3.14p03 (build V300R002B68D003)")]
    [InlineData(IdentifierKind.SysDescr, "HP Comware Platform Software, Software Version 5.20.99 Release 2221 HP 5120-24G EI Switch")]
    [InlineData(IdentifierKind.SysDescr, "MAS 1.0 (Intel X86) Copyright (c) 1998-2006 Huawei Technologies Co., Ltd on Windows NT 5.2")]
    [InlineData(IdentifierKind.SysDescr, "Brocade DS-6510B Fibre Channel switch")]
    [InlineData(IdentifierKind.SshBanner, "SSH-2.0-Comware-7.1.064")]
    [InlineData(IdentifierKind.FtpBanner, "220 HES_CPE FTP server (GNU inetutils 1.4.1) ready.")]
    [InlineData(IdentifierKind.HttpWwwAuthenticate, "Digest realm=\"Login to ND021903012345\", qop=\"auth\"")]
    [InlineData(IdentifierKind.EntModelName, "NVR301-08S3-P8")]
    [InlineData(IdentifierKind.EntModelName, "IPC2122LR3-PF40M-D")]
    [InlineData(IdentifierKind.EntModelName, "S5130-52S-HI")]
    [InlineData(IdentifierKind.EntModelName, "IP8M-2496EW")]
    [InlineData(IdentifierKind.EntModelName, "USG1100")]
    [InlineData(IdentifierKind.EntModelName, "MX480")]
    [InlineData(IdentifierKind.EntModelName, "AR2010V")]
    [InlineData(IdentifierKind.EntModelName, "AT-AR4050S")]
    [InlineData(IdentifierKind.EntModelName, "S5750E-28X-SI")]
    [InlineData(IdentifierKind.EntModelName, "S3300-28X")]
    [InlineData(IdentifierKind.EntModelName, "2288H V6")]
    [InlineData(IdentifierKind.SysDescr, "Linux SyncServer 2.6.10 #18 i686")]
    [InlineData(IdentifierKind.SysDescr, "Huawei-3Com Versatile Routing Platform Software VRP (tm) software, Version 3.40, Release 0006")]
    [InlineData(IdentifierKind.SysDescr, "3Com Router 5012 Software V3.12 (build V300R002B65D002SP01)")]
    [InlineData(IdentifierKind.SysDescr, "VRRP router group 3, Version 2")]
    public void Look_alikes_are_never_taken_for_a_covered_supplier(IdentifierKind kind, string text) =>
        Assert.DoesNotContain(Maker(kind, text) ?? "none", Covered);
}
