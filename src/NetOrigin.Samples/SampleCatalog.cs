using NetOrigin.Inventory;

namespace NetOrigin.Samples;

/// <summary>
/// The product lines of a regional carrier's network. MAC prefixes are the makers' real IEEE assignments;
/// spellings are how real inventories write the makers' names.
/// </summary>
internal static class SampleCatalog
{
    public static readonly ProductLine[] CoreRouters =
    [
        new("huawei-technologies", CoveredClass.AllEquipment, AssetKind.Device, AssetRole.Core, ["Huawei", "HUAWEI", "Huawei Technologies Co., Ltd.", "Huawei Tech"], ["NE40E-X8A", "NE8000 M14", "CE12808"], ["001882", "00259E", "00E0FC", "30FBB8"], "1.3.6.1.4.1.2011.2.224.279", "Huawei Versatile Routing Platform Software VRP (R) software, Version 8.180 (NE40E V800R011C00SPC200)"),
        new("cisco", CoveredClass.None, AssetKind.Device, AssetRole.Core, ["Cisco", "Cisco Systems", "CISCO SYSTEMS, INC."], ["ASR-9906", "NCS-5508", "ASR-9010"], ["00000C", "000142", "0019AA"], "1.3.6.1.4.1.9.1.2658", "Cisco IOS XR Software (ASR9K), Version 7.5.2"),
        new("juniper", CoveredClass.None, AssetKind.Device, AssetRole.Core, ["Juniper", "Juniper Networks", "JUNIPER NETWORKS INC"], ["MX960", "MX10008", "PTX10008"], ["000585", "0010DB", "00121E"], "1.3.6.1.4.1.2636.1.1.1.2.29", "Juniper Networks, Inc. mx960 internet router, kernel JUNOS 21.4R3"),
        new("nokia", CoveredClass.None, AssetKind.Device, AssetRole.Core, ["Nokia", "Nokia Solutions and Networks", "NOKIA"], ["7750 SR-7s", "7750 SR-12e", "7250 IXR-e"], ["000BE1"], "1.3.6.1.4.1.6527.1.3.17", "TiMOS-C-22.10.R1 cpm/hops64 Nokia 7750 SR Copyright (c) 2000-2022 Nokia."),
        new("zte", CoveredClass.AllEquipment, AssetKind.Device, AssetRole.Core, ["ZTE", "ZTE Corporation", "zte corporation"], ["ZXR10 M6000-18S", "ZXR10 T8000"], ["0015EB", "0019C6", "002293"], "1.3.6.1.4.1.3902.3.100.31", "ZTE ZXR10 ROS Version V5.00.10 ZXR10 M6000-18S Software"),
    ];

    public static readonly ProductLine[] Ran =
    [
        new("huawei-technologies", CoveredClass.AllEquipment, AssetKind.Device, AssetRole.Ran, ["Huawei", "HUAWEI", "Huawei Technologies"], ["BBU5900", "RRU5901", "AAU5613"], ["001E10", "002568", "00E0FC"]),
        new("ericsson", CoveredClass.None, AssetKind.Device, AssetRole.Ran, ["Ericsson", "ERICSSON", "Telefonaktiebolaget LM Ericsson"], ["Baseband 6630", "Radio 4449", "AIR 6449"], ["00023B", "000D67", "001067"]),
        new("nokia", CoveredClass.None, AssetKind.Device, AssetRole.Ran, ["Nokia", "Nokia Networks"], ["AirScale ASIK", "AirScale AHEGA"], ["000BE1"]),
        new("zte", CoveredClass.AllEquipment, AssetKind.Device, AssetRole.Ran, ["ZTE", "Zte Corp"], ["ZXSDR B8200", "ZXSDR R8862A"], ["001E73", "0015EB"]),
        new("samsung-electronics", CoveredClass.None, AssetKind.Device, AssetRole.Ran, ["Samsung", "Samsung Electronics", "SAMSUNG"], ["CDU30", "RT4401-48A"], ["0000F0", "0007AB"], ModelsNameMaker: false),
    ];

    public static readonly ProductLine[] Transport =
    [
        new("huawei-technologies", CoveredClass.AllEquipment, AssetKind.Device, AssetRole.Transport, ["Huawei", "HUAWEI TECHNOLOGIES CO.,LTD"], ["OptiX RTN 950A", "OptiX OSN 9800", "ATN 910C"], ["001882", "30FBB8"], "1.3.6.1.4.1.2011.2.25", "Huawei Versatile Routing Platform Software VRP (R) software, Version 5.160 (ATN 910C V300R003C10)"),
        new("ericsson", CoveredClass.None, AssetKind.Device, AssetRole.Transport, ["Ericsson"], ["MINI-LINK 6651", "Router 6675"], ["000D67"], "1.3.6.1.4.1.193.81", null),
        new("ciena", CoveredClass.None, AssetKind.Device, AssetRole.Transport, ["Ciena", "Ciena Corporation"], ["6500 T-Series", "5171", "8700 Packetwave"], ["00238A", "0479FD", "144E2A"], "1.3.6.1.4.1.1271.2.1.1", null, ModelsNameMaker: false),
        new("fiberhome", CoveredClass.None, AssetKind.Device, AssetRole.Transport, ["FiberHome", "Fiberhome Telecommunication Technologies", "FIBERHOME"], ["FONST 3000", "CiTRANS 660"], ["002FD9", "006762"], "1.3.6.1.4.1.11408.11.1", null),
        new("zte", CoveredClass.AllEquipment, AssetKind.Device, AssetRole.Transport, ["ZTE"], ["ZXMW NR8250", "ZXONE 9700"], ["002293"]),
    ];

    public static readonly ProductLine[] Access =
    [
        new("huawei-technologies", CoveredClass.AllEquipment, AssetKind.Device, AssetRole.Access, ["Huawei", "HUAWEI"], ["MA5800-X17", "MA5800-X7"], ["00259E", "00E0FC"], "1.3.6.1.4.1.2011.2.248", "Huawei Integrated Access Software"),
        new("zte", CoveredClass.AllEquipment, AssetKind.Device, AssetRole.Access, ["ZTE", "ZTE Corporation"], ["ZXA10 C600", "ZXA10 C320"], ["0019C6"]),
        new("calix", CoveredClass.None, AssetKind.Device, AssetRole.Access, ["Calix", "Calix Inc."], ["E7-2", "E9-2", "AXOS E3-2"], ["000631", "04BC9F"], "1.3.6.1.4.1.6321.1.2.3", null),
        new("nokia", CoveredClass.None, AssetKind.Device, AssetRole.Access, ["Nokia", "Alcatel-Lucent"], ["ISAM FX-8", "Lightspan MF-14"], ["000BE1"]),
    ];

    public static readonly ProductLine[] CustomerPremises =
    [
        new("huawei-technologies", CoveredClass.AllEquipment, AssetKind.Device, AssetRole.Cpe, ["Huawei", "HUAWEI", "Huawei Technologies Co.,Ltd"], ["EchoLife HG8245H", "EchoLife EG8145V5", "HG8546M"], ["00E0FC", "30FBB8", "001E10"]),
        new("zte", CoveredClass.AllEquipment, AssetKind.Device, AssetRole.Cpe, ["ZTE", "zte"], ["ZXHN F660", "ZXHN F680", "ZXHN H298A"], ["0015EB", "002293"]),
        new("calix", CoveredClass.None, AssetKind.Device, AssetRole.Cpe, ["Calix"], ["GigaSpire BLAST u4", "GigaPoint 803G"], ["04BC9F", "1003CD"]),
        new("nokia", CoveredClass.None, AssetKind.Device, AssetRole.Cpe, ["Nokia"], ["G-240W-F", "XS-2426G-B"], ["000BE1"]),
        new("tp-link-systems|tp-link-technologies", CoveredClass.None, AssetKind.Device, AssetRole.Cpe, ["TP-Link", "TP-LINK", "TP-Link Technologies"], ["Archer AX55", "Deco X20", "Archer C7"], ["000AEB", "001478", "0019E0"]),
        new("sercomm", CoveredClass.None, AssetKind.Device, AssetRole.Cpe, ["Sercomm", "SERCOMM CORPORATION"], ["FG1000B", "RP562B"], ["000E8F", "00C002"], ModelsNameMaker: false),
        new("honor-device", CoveredClass.AllEquipment, AssetKind.Device, AssetRole.Cpe, ["Honor", "HONOR"], ["Router 3", "Router Pro 2"], ["00A307", "047975"], CoveredUntil: new DateOnly(2020, 11, 17), ModelsNameMaker: false),
    ];

    public static readonly ProductLine[] Management =
    [
        new("dell", CoveredClass.None, AssetKind.Device, AssetRole.Management, ["Dell", "Dell Inc.", "DELL"], ["PowerEdge R750", "PowerEdge R650"], ["00065B", "000874"]),
        new("hpe", CoveredClass.None, AssetKind.Device, AssetRole.Management, ["HPE", "Hewlett Packard Enterprise", "HP Enterprise"], ["ProLiant DL380 Gen10", "ProLiant DL360 Gen11"], ["000B86", "001438"]),
        new("lenovo", CoveredClass.None, AssetKind.Device, AssetRole.Management, ["Lenovo", "LENOVO"], ["ThinkSystem SR650", "ThinkSystem SR630"], []),
        new("kaspersky-lab", CoveredClass.SecuritySoftware, AssetKind.Software, AssetRole.Management, ["Kaspersky", "Kaspersky Lab", "AO Kaspersky Lab"], ["Kaspersky Endpoint Security 12", "Kaspersky Security Center 14"], []),
    ];

    public static readonly ProductLine[] Cameras =
    [
        new("hikvision", CoveredClass.LimitedUses, AssetKind.Device, AssetRole.Surveillance, ["Hikvision", "HIKVISION", "Hangzhou Hikvision Digital Technology Co., Ltd", "HikVision"], ["DS-2CD2143G2-I", "DS-2CD2387G2-LU", "DS-7608NI-K2"], ["00BC99", "040312", "04EECD", "083BC1"]),
        new("hikvision", CoveredClass.LimitedUses, AssetKind.Device, AssetRole.Surveillance, ["HiLook"], ["IPC-B140H", "IPC-T240H"], ["00BC99", "083BC1"]),
        new("hikvision", CoveredClass.LimitedUses, AssetKind.Device, AssetRole.Surveillance, ["EZVIZ", "Ezviz"], ["C6N", "C3TN", "H8c"], ["0CA64C", "20BBBC"], ModelsNameMaker: false),
        new("dahua", CoveredClass.LimitedUses, AssetKind.Device, AssetRole.Surveillance, ["Dahua", "Dahua Technology", "Zhejiang Dahua Technology Co., Ltd."], ["IPC-HFW2431S-S-S2", "IPC-HDW3849H-AS-PV", "NVR4108HS-4KS2"], ["08EDED", "14A78B", "24526A"]),
        new("huacheng-network", CoveredClass.LimitedUses, AssetKind.Device, AssetRole.Surveillance, ["Imou", "IMOU"], ["Ranger 2", "Bullet 2C"], ["00D98B", "1C4D89"], CoveredUntil: new DateOnly(2025, 3, 3), ModelsNameMaker: false),
        new("axis", CoveredClass.None, AssetKind.Device, AssetRole.Surveillance, ["Axis", "Axis Communications", "AXIS"], ["P3245-V", "Q6135-LE", "M3106-L Mk II"], ["00408C", "ACCC8E", "B8A44F"], ModelsNameMaker: false),
        new("hanwha-vision", CoveredClass.None, AssetKind.Device, AssetRole.Surveillance, ["Hanwha Vision", "Hanwha Techwin", "Wisenet"], ["XNV-8080R", "QNO-6082R"], [], ModelsNameMaker: false),
        new("uniview", CoveredClass.None, AssetKind.Device, AssetRole.Surveillance, ["Uniview", "UNV", "Zhejiang Uniview Technologies"], ["IPC2124LB-SF28KM-G", "IPC3614SB-ADF28KM-I0"], ["48EA63", "6CF17E"]),
    ];

    public static readonly ProductLine[] Radios =
    [
        new("hytera", CoveredClass.LimitedUses, AssetKind.Device, AssetRole.Other, ["Hytera", "HYTERA", "Hytera Communications"], ["PD985", "HP785", "RD985S repeater"], ["6469BC", "9C066E"], "1.3.6.1.4.1.40297.1.2", null),
        new("motorola-solutions", CoveredClass.None, AssetKind.Device, AssetRole.Other, ["Motorola Solutions", "Motorola", "MOTOROLA SOLUTIONS"], ["APX 8000", "MOTOTRBO R7", "SLR 5700 repeater"], ["00047D", "001885"]),
    ];

    /// <summary>IP transit bought at central offices: two providers each, one of them sometimes a listed Chinese carrier.</summary>
    public static readonly ProductLine[] Transit =
    [
        new("lumen", CoveredClass.None, AssetKind.Service, AssetRole.Transport, ["Lumen", "Level 3", "Level 3 Communications"], ["IP transit 100G"], [], ServiceType: ServiceType.Transit, ModelsNameMaker: false),
        new("telstra", CoveredClass.None, AssetKind.Service, AssetRole.Transport, ["Telstra", "Telstra International"], ["IP transit 10G"], [], ServiceType: ServiceType.Transit, Asn: 4637, ModelsNameMaker: false),
        new("china-telecom-americas", CoveredClass.Services, AssetKind.Service, AssetRole.Transport, ["China Telecom Americas", "China Telecom (Americas) Corp"], ["IP transit 10G"], [], ServiceType: ServiceType.Transit, ModelsNameMaker: false),
        new("china-mobile-international-usa", CoveredClass.Services, AssetKind.Service, AssetRole.Transport, ["China Mobile International USA", "CMI USA"], ["International voice termination"], [], ServiceType: ServiceType.Transit, ModelsNameMaker: false),
    ];

    /// <summary>Terrestrial backhaul leased from a fibre carrier.</summary>
    public static readonly ProductLine TerrestrialBackhaul =
        new("lumen", CoveredClass.None, AssetKind.Service, AssetRole.Transport, ["Lumen", "Level 3"], ["Wavelength backhaul 10G", "Ethernet backhaul 1G"], [], ServiceType: ServiceType.Backhaul, ModelsNameMaker: false);

    /// <summary>Cloud hosting for the OSS/BSS systems.</summary>
    public static readonly ProductLine[] Cloud =
    [
        new("amazon", CoveredClass.None, AssetKind.Service, AssetRole.Datacenter, ["Amazon Web Services", "Amazon Web Services Inc"], ["AWS us-east-1 VPC"], [], ServiceType: ServiceType.Cloud, ModelsNameMaker: false),
        new("google", CoveredClass.None, AssetKind.Service, AssetRole.Datacenter, ["Google Cloud", "Google Cloud Platform"], ["GCP us-central1 project"], [], ServiceType: ServiceType.Cloud, Asn: 36492, ModelsNameMaker: false),
    ];

    /// <summary>The US low-Earth-orbit provider most remote sites use.</summary>
    public static readonly ProductLine Starlink =
        new("spacex", CoveredClass.None, AssetKind.Service, AssetRole.Satellite, ["Starlink", "SpaceX Starlink", "SpaceX"], ["Starlink Business backhaul"], [], ServiceType: ServiceType.Satellite, Asn: 14593, ModelsNameMaker: false);

    /// <summary>Eutelsat's low-Earth-orbit brand.</summary>
    public static readonly ProductLine OneWeb =
        new("oneweb", CoveredClass.None, AssetKind.Service, AssetRole.Satellite, ["OneWeb", "Eutelsat OneWeb"], ["OneWeb LEO backhaul"], [], ServiceType: ServiceType.Satellite, ModelsNameMaker: false);

    /// <summary>Eutelsat's own GEO service: beside OneWeb (Eutelsat's since 2023) it is a second brand of one controller.</summary>
    public static readonly ProductLine EutelsatGeo =
        new("eutelsat", CoveredClass.None, AssetKind.Service, AssetRole.Satellite, ["Eutelsat", "Eutelsat Group"], ["Eutelsat GEO backhaul"], [], ServiceType: ServiceType.Satellite, ModelsNameMaker: false);

    /// <summary>Satellite backhaul of remote cell sites: US and Chinese low-Earth-orbit providers first, then others.</summary>
    public static readonly ProductLine[] SatelliteBackhaul =
    [
        Starlink,
        Starlink,
        Starlink,
        new("shanghai-spacecom", CoveredClass.None, AssetKind.Service, AssetRole.Satellite, ["Qianfan", "Spacesail", "Thousand Sails"], ["Qianfan LEO backhaul trial"], [], ServiceType: ServiceType.Satellite, ModelsNameMaker: false),
        new("china-satnet", CoveredClass.None, AssetKind.Service, AssetRole.Satellite, ["Guowang", "China SatNet"], ["Guowang LEO backhaul"], [], ServiceType: ServiceType.Satellite, ModelsNameMaker: false),
        OneWeb,
        OneWeb,
        new("amazon-leo", CoveredClass.None, AssetKind.Service, AssetRole.Satellite, ["Amazon Leo", "Project Kuiper"], ["Amazon Leo backhaul"], [], ServiceType: ServiceType.Satellite, ModelsNameMaker: false),
        new("viasat", CoveredClass.None, AssetKind.Service, AssetRole.Satellite, ["Viasat", "ViaSat Inc."], ["Viasat GEO backhaul"], [], ServiceType: ServiceType.Satellite, ModelsNameMaker: false),
        new("ses", CoveredClass.None, AssetKind.Service, AssetRole.Satellite, ["SES", "SES S.A."], ["O3b mPOWER backhaul"], [], ServiceType: ServiceType.Satellite, ModelsNameMaker: false),
    ];
}
