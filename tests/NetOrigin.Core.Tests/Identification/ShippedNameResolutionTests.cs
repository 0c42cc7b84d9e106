namespace NetOrigin.Tests.Identification;

/// <summary>Name resolution over the shipped organisation data: the spellings real inventories and registries use.</summary>
public class ShippedNameResolutionTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);

    [Theory]
    [InlineData("HUAWEI TECHNOLOGIES CO.,LTD", "huawei-technologies")]
    [InlineData("Huawei Tech", "huawei-technologies")]
    [InlineData("huawei", "huawei-technologies")]
    [InlineData("Huawei Device Co., Ltd.", "huawei-device")]
    [InlineData("zte corporation", "zte")]
    [InlineData("中兴通讯", "zte")]
    [InlineData("Hangzhou Hikvision Digital Technology Co.,Ltd.", "hikvision")]
    [InlineData("Hikvision Digital", "hikvision")]
    [InlineData("Zhejiang Dahua Technology Co., Ltd.", "dahua")]
    [InlineData("Hytera Communications Corporation Limited", "hytera")]
    [InlineData("HP Enterprise", "hpe")]
    [InlineData("Juniper Networks, Inc.", "juniper")]
    [InlineData("CISCO SYSTEMS, INC.", "cisco")]
    public void Maker_spellings_resolve_to_the_maker(string name, string expected) =>
        Assert.Equal(expected, TestData.Reference.Resolver.Resolve(name, Today)?.Organisation.Id);

    [Theory]
    [InlineData("HiLook", "hikvision")]
    [InlineData("HiWatch", "hikvision")]
    public void Sub_brands_resolve_to_their_maker(string brand, string expectedGroupMember)
    {
        var resolution = TestData.Reference.Resolver.Resolve(brand, Today)!;
        var chain = TestData.Reference.Ownership.ControlChainOf(resolution.Organisation.Id, Today);
        Assert.Contains(chain.Links, l => l.Organisation.Id == expectedGroupMember);
    }

    [Theory]
    [InlineData("Pacific Communications")]
    [InlineData("SHENZHEN HONOR ELECTRONIC CO.,LTD")]
    [InlineData("Suzhou Guowang Electronics Co., Ltd.")]
    [InlineData("Networks Inc.")]
    [InlineData("Shenzhen Technology Co., Ltd.")]
    public void Other_companies_sharing_a_word_with_a_listed_one_are_not_accused(string name) =>
        Assert.Null(TestData.Reference.Resolver.Resolve(name, Today));
}
